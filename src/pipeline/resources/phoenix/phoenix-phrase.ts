/** Words that stay lower case inside a title-cased name ("Bosnia and Herzegovina", "League of Arab States"). */
const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  'a',
  'an',
  'at',
  'by',
]);

/** Phoenix's "SRI_LANKA_" as words: underscores and spaces between words, the trailing "_" (no plural) dropped. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter((w) => w !== '');
}

/**
 * A Phoenix phrase (all capitals) in the case news text uses: "SRI_LANKA_" -> "Sri Lanka",
 * "COTE_D'IVOIRE" -> "Cote d'Ivoire", "BOSNIA_AND_HERZEGOVINA" -> "Bosnia and Herzegovina".
 */
export function titleCase(phrase: string, keepAcronyms = false): string {
  return phraseWords(phrase)
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      if (keepAcronyms && isAcronymWord(word, lower)) return word;
      // "d'ivoire" -> "d'Ivoire": the elided article stays lower case, the name after it is capitalised.
      return lower.replace(
        /(^(?:[dl]')?|[-/(])(\p{L})/gu,
        (_, before: string, letter: string) => before + letter.toUpperCase(),
      );
    })
    .join(' ');
}

/** Inside an organisation's name: "U.N.", "UN", "EU", "WFP" stay in capitals. */
function isAcronymWord(word: string, lower: string): boolean {
  return (
    word.includes('.') || (word.length === 2 && !SMALL_WORDS.has(lower)) || (word.length <= 4 && !/[AEIOUY]/.test(word))
  );
}

/** Whether a single-word Phoenix phrase is written as an acronym in text ("UNHCR", "U.N.", "NATO"). */
export function looksLikeAcronym(phrase: string): boolean {
  const words = phraseWords(phrase);
  if (words.length !== 1) return false;
  const word = words[0]!;
  return (
    /\./.test(word) ||
    (word.length <= 5 && /^[A-Z]+$/.test(word) && !/[AEIOU][^AEIOU]*[AEIOU]/.test(word)) ||
    /^[A-Z]{2,4}$/.test(word)
  );
}

/** Levenshtein distance, for spotting misspelled variants ("PAKSTAN" beside "PAKISTAN"). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}
