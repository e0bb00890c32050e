/** A headline or section title: title case with no closing punctuation; the body repeats its news. */
export function isHeadline(text: string): boolean {
  if (/[.!?"”’:]$/.test(text.trim())) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.6;
}
