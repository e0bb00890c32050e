import type { Token } from './tokens.ts';

const RELATIVE_WORDS = new Set(['who', 'which', 'whose']);

/**
 * Relative clauses set off by commas (", which has hosted Hamas leaders for years,"), as [opening comma, closing
 * comma or sentence end], leaving out the one that holds token `at`: an aside about a party, seen from the main
 * clause, names neither the main act's counterpart nor an act to react to.
 */
export function asidesApartFrom(tokens: readonly Token[], at: number): [number, number][] {
  const asides: [number, number][] = [];
  for (let c = 0; c + 1 < tokens.length; c++) {
    if (tokens[c]!.text !== ',' || !RELATIVE_WORDS.has(tokens[c + 1]!.lower)) continue;
    let close = c + 1;
    while (close < tokens.length && tokens[close]!.text !== ',') close++;
    if (at < c || at > close) asides.push([c, close]);
    c = close - 1;
  }
  return asides;
}

/** Whether token `at` lies inside one of the asides. */
export function insideAside(asides: readonly [number, number][], at: number): boolean {
  return asides.some(([from, to]) => at > from && at < to);
}
