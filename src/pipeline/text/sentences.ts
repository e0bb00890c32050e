/** A sentence with exact character offsets: `text === article.slice(start, end)`. */
export type Sentence = { index: number; start: number; end: number; text: string; paragraph: number };

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'rev',
  'hon',
  'pres',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'dept',
  'univ',
  'fig',
  'al',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** True when the period at `i` ends an abbreviation or an initialism such as "U.S." or "J.D.". */
function isAbbreviationPeriod(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[\p{L}]/u.test(text[j]!)) j--;
  const word = text.slice(j + 1, i);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Single capitals are initials ("J.D.", "U.S."): they end a sentence only before a typical sentence start.
  if (word.length === 1 && /\p{Lu}/u.test(word)) {
    const next = text.slice(i + 1, i + 4);
    if (/^\p{Lu}\./u.test(next)) return true;
    const after = text.slice(i + 1).match(/^\s+(\S)/u);
    if (!after) return false;
    return /\p{Ll}/u.test(after[1]!) || isInitialsChain(text, i);
  }
  return false;
}

/** "J.D. Vance": a chain of single-letter initials followed by a capitalised name continues. */
function isInitialsChain(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 4), i + 1);
  if (!/(^|[\s(])\p{Lu}\.\p{Lu}\.$/u.test(before) && !/(^|[\s(])\p{Lu}\.$/u.test(before)) return false;
  const after = text.slice(i + 1).match(/^ (\p{Lu}\p{Ll}+)/u);
  if (!after) return false;
  // "U.S. President" continues; a following common sentence starter ends the sentence.
  return !SENTENCE_STARTERS.has(after[1]!);
}

const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'But',
  'In',
  'On',
  'This',
  'That',
  'Meanwhile',
  'However',
]);

/** Splits article text into sentences and paragraph numbers, keeping exact offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = skipSpace(text, 0);
  const push = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) sentences.push({ index: sentences.length, start, end: e, text: text.slice(start, e), paragraph });
  };
  for (let i = start; i < text.length; i++) {
    // Only line breaks and sentence-final marks matter: a code comparison skips every other character unread.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63) continue;
    const ch = text[i]!;
    if (ch === '\n') {
      // A line break ends a sentence: scraped news puts headlines, captions and paragraphs on lines.
      push(i);
      paragraph++;
      start = skipSpace(text, i + 1);
      i = start - 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (
      end < text.length &&
      (CLOSERS.has(text[end]!) || text[end] === '.' || text[end] === '!' || text[end] === '?')
    )
      end++;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    if (ch === '.' && isAbbreviationPeriod(text, i)) continue;
    const next = text.slice(end).match(/^[ \t]+(\S)/u);
    // A lower-case continuation ("said. and") is rare; do not split before it.
    if (next && /\p{Ll}/u.test(next[1]!)) continue;
    push(end);
    start = skipSpace(text, end);
    // A sentence that ends its line also ends its paragraph: the next one starts a new paragraph.
    if (text.slice(end, start).includes('\n')) paragraph++;
    i = start - 1;
  }
  push(text.length);
  return sentences;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
