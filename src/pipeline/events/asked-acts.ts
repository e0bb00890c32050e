import type { Token } from '../text/tokens.ts';

// A yes-no question asks whether an act will happen or has happened; it tells neither: "Will Trump meet Putin in
// Alaska?", "Could Israel strike Iran's nuclear sites?", "Is a ceasefire near?". Such questions head news as
// often as statements do, and read as statements their "will" plans the act and their past tells it as done. A
// question opened by a question word presupposes its act ("Why did Israel strike Iran?") and is read as told.
const OPENING_AUXILIARIES = new Set([
  'will',
  'would',
  'could',
  'can',
  'should',
  'shall',
  'may',
  'might',
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
]);

/** "question" when the sentence of `tokens` is a yes-no question (opened by an auxiliary, closed by "?"), else null. */
export function askedAct(tokens: Token[]): string | null {
  const last = tokens.at(-1)?.text;
  if (last !== '?' && !(last && /^["”'’]$/.test(last) && tokens.at(-2)?.text === '?')) return null;
  const first = tokens.findIndex((t) => t.isWord);
  return first >= 0 && OPENING_AUXILIARIES.has(tokens[first]!.lower) ? 'question' : null;
}
