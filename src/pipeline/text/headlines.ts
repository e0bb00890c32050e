/** A headline or section title: title case with no closing punctuation; the body repeats its news. */
export function isHeadline(text: string): boolean {
  if (/[.!?"”’:]$/.test(text.trim())) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.6;
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
