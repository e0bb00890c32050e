import type { ReportProfile } from './report-profile.ts';

/**
 * Where clusters are looked up: by the first report of each cluster (every newcomer must be compatible with
 * it), under its type family, the weeks its window touches and its parties. Two reports that each name two parties
 * or more must share two, so those are keyed by pairs of parties; a report naming one party is found by it.
 */
export type Blocks = Map<string, Map<number, number[]>>;

/** Days are filed by week-long spans (not weekdays): a window touches one to a few of them. */
const SPAN_DAYS = 7;

const spanOf = (day: number) => Math.floor(day / SPAN_DAYS);

/**
 * At most this many clusters, the latest founded, are tried per block: a real week holds far fewer clusters of
 * one family and pair of parties, and a pathological input (one long article repeating the same reports that
 * cannot join) would otherwise compare every report with every cluster.
 */
const MAX_CANDIDATES = 64;

/** Files the cluster `at` under its first report's keys. */
export function registerSeed(blocks: Blocks, seed: ReportProfile, at: number): void {
  if (!seed.window) return;
  const parties = seed.partyList;
  const keys = parties.map((party) => `any|${seed.family}|${party}`);
  if (parties.length === 1) keys.push(`one|${seed.family}|${parties[0]}`);
  else keys.push(...pairs(parties).map((pair) => `two|${seed.family}|${pair}`));
  for (const key of keys) {
    const bySpan = blocks.get(key) ?? new Map<number, number[]>();
    blocks.set(key, bySpan);
    for (let span = spanOf(seed.window[0]); span <= spanOf(seed.window[1]); span++) {
      const list = bySpan.get(span);
      if (list) list.push(at);
      else bySpan.set(span, [at]);
    }
  }
}

/** Calls `visit` with every cluster whose first report may be compatible with `p` (a cluster may come twice). */
export function forEachCandidate(blocks: Blocks, p: ReportProfile, visit: (at: number) => void): void {
  if (!p.window) return;
  const parties = p.partyList;
  const keys =
    parties.length === 1
      ? [`any|${p.family}|${parties[0]}`]
      : [
          ...pairs(parties).map((pair) => `two|${p.family}|${pair}`),
          ...parties.map((party) => `one|${p.family}|${party}`),
        ];
  for (const key of keys) {
    const bySpan = blocks.get(key);
    for (let span = spanOf(p.window[0]); bySpan && span <= spanOf(p.window[1]); span++) {
      const list = bySpan.get(span) ?? [];
      for (let k = Math.max(0, list.length - MAX_CANDIDATES); k < list.length; k++) visit(list[k]!);
    }
  }
}

function pairs(sorted: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) out.push(`${sorted[i]}|${sorted[j]}`);
  return out;
}
