import type { Token } from '../text/tokens.ts';

// Words opening a relative clause set off by commas ("Egypt, which hosted the talks on Monday, ...").
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);

/**
 * The relative clause set off by commas that holds token `at`, as [relative word, closing comma or sentence end),
 * else null.
 */
export function relativeAsideAround(tokens: readonly Token[], at: number): [number, number] | null {
  let open = -1;
  for (let k = at; k >= 1; k--) {
    const t = tokens[k]!;
    if (RELATIVE_OPENERS.has(t.lower) && tokens[k - 1]!.text === ',') {
      open = k;
      break;
    }
    if (t.text === ',' || t.text === ';') return null;
  }
  if (open < 0) return null;
  let close = at + 1;
  while (close < tokens.length && tokens[close]!.text !== ',' && tokens[close]!.text !== ';') close++;
  return [open, close];
}

/**
 * Whether a date owned by the trigger at `ownerAt`, inside a relative clause set off by commas, stays there:
 * "Pakistan, which had shelled Indian posts on Sunday, agreed to meet India", "the army, which recaptured the
 * airport on Friday, said it would attack": the aside tells another occasion of its antecedent, and what the main
 * clause and its complements (an infinitive, "of" and a gerund) tell is not dated by it.
 */
export function dateKeptInAside(tokens: readonly Token[], ownerAt: number, matchAt: number): boolean {
  const aside = relativeAsideAround(tokens, ownerAt);
  return aside !== null && (matchAt < aside[0] || matchAt >= aside[1]);
}

/**
 * Whether the past relative clause holding token `at` may date the trigger over [matchStart, matchEnd), as a last
 * resort: "Umerov, who led the team in Istanbul on Friday, accused ..." tells of the main verb's occasion, but not
 * in the past perfect ("Cambodia, which had laid new mines on Sunday, ..."), an earlier occasion, nor for a verb
 * further on than the main verb right after the aside ("..., said it would attack the RSF").
 */
export function asideDatesTrigger(tokens: readonly Token[], at: number, matchStart: number, matchEnd: number): boolean {
  const aside = relativeAsideAround(tokens, at);
  if (!aside) return false;
  if (inPluperfectAside(tokens, at)) return false;
  if (matchEnd <= aside[0]) return true;
  let main = aside[1] + 1;
  if (tokens[main]?.pos === 'ADV') main++;
  return matchStart <= main;
}

/**
 * Whether the relative clause holding token `at` is in the past perfect ("Cambodia, which had laid new mines on
 * Sunday, ..."): it tells an occasion before the main clause's, so its date is no last resort for the main verb.
 */
export function inPluperfectAside(tokens: readonly Token[], at: number): boolean {
  const aside = relativeAsideAround(tokens, at);
  if (!aside) return false;
  for (let k = aside[0] + 1; k < aside[1]; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'VERB' || t.lower === 'had') return t.lower === 'had';
  }
  return false;
}
