/** A headline or section title: title case with no closing punctuation; the body repeats its news. */
export function isHeadline(text: string): boolean {
  if (/[.!?"”’:]$/.test(text.trim())) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.6;
}

/**
 * The article's first line when it stands alone without closing punctuation: a headline in sentence case
 * ("Kyrgyzstan and Tajikistan sign border treaty"), as many outlets write them, besides those in title case.
 */
export function isOpeningHeadline(
  articleText: string,
  sentence: { index: number; start: number; end: number },
): boolean {
  if (sentence.index !== 0 || articleText.slice(0, sentence.start).trim() !== '') return false;
  const line = articleText.slice(sentence.start, sentence.end);
  const after = articleText.slice(sentence.end).match(/^[^\S\n]*(\n|$)/);
  return after !== null && !/[.!?"”’:]$/.test(line.trim()) && /^\p{Lu}/u.test(line.trim());
}

/** Tokens of a title-case line: most words capitalised (a headline's "Rubio, Lavrov Agree"). */
export function isTitleCase(tokens: readonly { isWord: boolean; capitalised: boolean }[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const t of tokens)
    if (t.isWord) {
      words++;
      if (t.capitalised) capitalised++;
    }
  return words >= 3 && capitalised / words > 0.6;
}
