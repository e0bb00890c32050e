import type { Token } from './tokens.ts';

const RELATIVE_WORDS = new Set(['who', 'which', 'whose']);

/**
 * Relative clauses set off by commas (", which has hosted Hamas leaders for years,"), and passive participles that
 * do the same (", sanctioned by the UN since 2006,"), as [opening comma, closing comma or sentence end], leaving out the one that holds token `at`: an aside about a party, seen from the main
 * clause, names neither the main act's counterpart nor an act to react to.
 */
export function asidesApartFrom(tokens: readonly Token[], at: number): [number, number][] {
  const asides: [number, number][] = [];
  for (let c = 0; c + 1 < tokens.length; c++) {
    if (tokens[c]!.text !== ',' || !opensAside(tokens, c + 1)) continue;
    let close = c + 1;
    while (close < tokens.length && tokens[close]!.text !== ',') close++;
    if (at < c || at > close) asides.push([c, close]);
    c = close - 1;
  }
  return asides;
}

/** A relative word, or a participle with its "by" (", accused by Kinshasa of ..."), after a comma. */
function opensAside(tokens: readonly Token[], at: number): boolean {
  if (RELATIVE_WORDS.has(tokens[at]!.lower)) return true;
  return tokens[at]!.pos === 'VERB' && tokens[at + 1]?.lower === 'by';
}

/** Whether token `at` lies inside one of the asides. */
export function insideAside(asides: readonly [number, number][], at: number): boolean {
  return asides.some(([from, to]) => at > from && at < to);
}
