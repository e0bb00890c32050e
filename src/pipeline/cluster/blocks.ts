import type { ReportProfile } from './report-profile.ts';

/**
 * Where clusters are looked up: by the first report of each cluster (every newcomer must be compatible with
 * it), under its type family (a report also looks under its neighbouring types' families, `neighbour-types.ts`),
 * the weeks its window touches and its parties. Two reports that each name two parties
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
  const keys = seedKeys(seed.family, seed.partyList);
  // A report whose target is only a place is also filed by its other parties (`ReportProfile.firm`).
  if (seed.firm) keys.push(...seedKeys(seed.family, seed.firm.partyList));
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
  const keys: string[] = [];
  for (const family of p.searched) {
    keys.push(...lookupKeys(family, p.partyList));
    if (p.firm) keys.push(...lookupKeys(family, p.firm.partyList));
  }
  for (const key of keys) {
    const bySpan = blocks.get(key);
    for (let span = spanOf(p.window[0]); bySpan && span <= spanOf(p.window[1]); span++) {
      const list = bySpan.get(span) ?? [];
      for (let k = Math.max(0, list.length - MAX_CANDIDATES); k < list.length; k++) visit(list[k]!);
    }
  }
}

/** The keys a cluster is filed under by its first report's parties. */
function seedKeys(family: string, parties: string[]): string[] {
  const keys = parties.map((party) => `any|${family}|${party}`);
  if (parties.length === 1) keys.push(`one|${family}|${parties[0]}`);
  else keys.push(...pairs(parties).map((pair) => `two|${family}|${pair}`));
  return keys;
}

/** The keys a report's candidate clusters are found under. */
function lookupKeys(family: string, parties: string[]): string[] {
  if (parties.length === 1) return [`any|${family}|${parties[0]}`];
  return [
    ...pairs(parties).map((pair) => `two|${family}|${pair}`),
    ...parties.map((party) => `one|${family}|${party}`),
  ];
}

function pairs(sorted: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) out.push(`${sorted[i]}|${sorted[j]}`);
  return out;
}
