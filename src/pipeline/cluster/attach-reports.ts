import { compatible, fitScore, solidPair } from './compatibility.ts';
import { byEvidence, type ReportProfile } from './report-profile.ts';

/** A cluster being built: its members, and the first distinct reports, which every newcomer must fit. */
type Draft = { members: ReportProfile[]; core: ReportProfile[]; signatures: Set<string> };

/**
 * How many distinct reports of a cluster a newcomer is compared with: the first ones, which came first
 * because their evidence was best. Reports identical to a member (same type, date, actors, place) join it
 * directly, so a cluster's core stays small however many outlets repeat one event.
 */
const CORE_SIZE = 12;

/**
 * Groups reports of one real-world event without chaining: reports are taken best evidence first (exact
 * day, then the most specific actors), and each joins the existing cluster it fits best only if it is
 * compatible with every report of that cluster's core; otherwise it starts a cluster. So a state-level
 * report that fits two different meetings joins one of them, and never makes them one. A report that names
 * a single party joins only when one cluster fits it better than every other, and only a cluster with a
 * report that, with it, is solid evidence (`solidPair`).
 */
export function groupReports(profiles: ReportProfile[]): ReportProfile[][] {
  const drafts: Draft[] = [];
  const blocks = new Map<string, number[]>();
  const twins = new Map<string, number>();
  for (const p of [...profiles].sort(byEvidence)) {
    const signature = signatureOf(p);
    const keys = blockKeys(p);
    const chosen = twins.get(signature) ?? (keys.length > 0 ? bestDraft(p, keys, drafts, blocks) : null);
    const at = chosen ?? drafts.push({ members: [], core: [], signatures: new Set() }) - 1;
    const draft = drafts[at]!;
    draft.members.push(p);
    if (draft.signatures.has(signature)) continue;
    draft.signatures.add(signature);
    if (!twins.has(signature) && solidPair(p, p)) twins.set(signature, at);
    if (draft.core.length < CORE_SIZE) draft.core.push(p);
    for (const key of keys) {
      const list = blocks.get(key);
      if (!list) blocks.set(key, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  }
  return drafts.map((d) => d.members);
}

/** Reports with the same signature are interchangeable for clustering. */
function signatureOf(p: ReportProfile): string {
  const e = p.event;
  const ids = (xs: string[]) => [...xs].sort().join(',');
  return `${e.type}|${e.date}|${e.datePrecision}|${ids(e.source)}|${ids(e.target)}|${e.location ?? ''}`;
}

/** Block keys: family, each day (its number) of the report's window, each party it names. */
function blockKeys(p: ReportProfile): string[] {
  if (!p.window) return [];
  const keys: string[] = [];
  for (let day = p.window[0]; day <= p.window[1]; day++) {
    const prefix = `${p.family}|${day}|`;
    for (const party of p.parties) keys.push(prefix + party);
  }
  return keys;
}

/** The cluster whose whole core `p` is compatible with and fits best; null when none, or when a thin report is torn. */
function bestDraft(p: ReportProfile, keys: string[], drafts: Draft[], blocks: Map<string, number[]>): number | null {
  const candidates = new Set<number>();
  for (const key of keys) for (const at of blocks.get(key) ?? []) candidates.add(at);
  let best: { at: number; score: number; size: number } | null = null;
  let tied = false;
  for (const at of [...candidates].sort((x, y) => x - y)) {
    const { core, members } = drafts[at]!;
    if (!core.every((c) => compatible(p, c)) || !core.some((c) => solidPair(p, c))) continue;
    const score = core.reduce((sum, c) => sum + fitScore(p, c), 0) / core.length;
    if (best && score === best.score) tied = true;
    if (!best || score > best.score || (score === best.score && members.length > best.size)) {
      if (best && score > best.score) tied = false;
      best = { at, score, size: members.length };
    }
  }
  if (best && tied && p.actors.length < 2) return null;
  return best?.at ?? null;
}
