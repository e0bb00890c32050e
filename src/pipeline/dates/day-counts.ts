import type { Token } from '../text/tokens.ts';

const ORDINAL = /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/;
const SPANS = new Set(['day', 'night', 'week', 'days', 'nights']);
const RUNNING = new Set(['straight', 'consecutive', 'successive', 'running']);

/**
 * "clashed on the border for a third night", "shelled the town for a second straight day": an act counted in
 * days up to now runs to the day it is reported, so the day of a trailing "..., officials said on Monday" is
 * its latest day too. Whether the clause holds such a count.
 */
export function countsDaysToNow(tokens: Token[], clause: [number, number]): boolean {
  for (let k = clause[0]; k + 3 < clause[1] + 1; k++) {
    if (tokens[k]!.lower !== 'for' || tokens[k + 1]?.lower !== 'a') continue;
    if (!ORDINAL.test(tokens[k + 2]?.lower ?? '')) continue;
    const span = RUNNING.has(tokens[k + 3]?.lower ?? '') ? tokens[k + 4] : tokens[k + 3];
    if (SPANS.has(span?.lower ?? '')) return true;
  }
  return false;
}
