// The month May is written as the modal "may" is, and word lists read lowered words: "since May 10", "stalled
// in May", "in mid-May", "on 12 May" made an act hypothetical. The month has a day or year after it or a word of
// time before it, which the modal never has (a modal follows its subject and precedes a verb).
const BEFORE_MONTH = new Set([
  ...['in', 'since', 'on', 'of', 'until', 'till', 'by', 'from', 'through', 'to', 'between', 'during'],
  ...['early', 'late', 'mid', '-', 'last', 'next', 'this', 'since', 'before', 'after'],
]);
const DAY_OR_YEAR = /^\d{1,4}(st|nd|rd|th)?$/;

/** The word at `i` of a lowered window is the month May, not the modal. */
export function isMonthMay(words: readonly string[], i: number): boolean {
  if (words[i] !== 'may') return false;
  const previous = words[i - 1] ?? '';
  return DAY_OR_YEAR.test(words[i + 1] ?? '') || BEFORE_MONTH.has(previous) || DAY_OR_YEAR.test(previous);
}
