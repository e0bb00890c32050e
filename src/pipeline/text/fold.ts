/** Marks dropped: NFKD splits "ü" into "u" and a combining mark, and only the base letter stays. */
export function stripMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Folds a name to ASCII: marks dropped ("Kyïv" -> "Kyiv"), letters with no decomposition spelled out, one apostrophe. */
export function foldToAscii(name: string): string {
  return stripMarks(name)
    .replace(/[’‘`ʼʻ]/g, "'")
    .replace(/[ıİłŁøØđĐðÐßæÆœŒþÞ]/g, (c) => FOLDED_LETTERS[c] ?? c);
}

const FOLDED_LETTERS: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  þ: 'th',
  Þ: 'Th',
};
