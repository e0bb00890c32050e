import { type Blocks, forEachCandidate, registerSeed } from './blocks.ts';
import { compatible, fitScore, solidPair } from './compatibility.ts';
import { byEvidence, type ReportProfile } from './report-profile.ts';

/** A cluster being built: its members, and the first distinct reports, which every newcomer must fit. */
type Draft = { members: ReportProfile[]; core: ReportProfile[]; signatures: Set<string>; seenAt: number };

/**
 * How many distinct reports of a cluster a newcomer is compared with: the first ones, which came first
 * because their evidence was best. Reports identical to a member (same type, date, actors, place) join it
 * directly, so a cluster's core stays small however many outlets repeat one event.
 */
const CORE_SIZE = 12;

/**
 * Groups reports of one real-world event without chaining: reports are taken best evidence first (exact
 * day, then the most specific actors), and each joins the existing cluster it fits best only if it is
 * compatible with the cluster's first report and every core report of its own type; otherwise it starts a
 * cluster. So a state-level report that fits two different meetings joins one of them, and never makes them
 * one. A report that names a single party joins only when one cluster fits it better than every other, and
 * only a cluster with a report that, with it, is solid evidence (`solidPair`).
 */
export function groupReports(profiles: ReportProfile[]): ReportProfile[][] {
  const drafts: Draft[] = [];
  const blocks: Blocks = new Map();
  const twins = new Map<string, number>();
  const ordered = [...profiles].sort(byEvidence);
  ordered.forEach((p, turn) => {
    const signature = signatureOf(p);
    const chosen = twins.get(signature) ?? (p.window ? bestDraft(p, turn, drafts, blocks) : null);
    const at = chosen ?? drafts.push({ members: [], core: [], signatures: new Set(), seenAt: -1 }) - 1;
    const draft = drafts[at]!;
    draft.members.push(p);
    if (draft.signatures.has(signature)) return;
    draft.signatures.add(signature);
    if (!twins.has(signature) && solidPair(p, p)) twins.set(signature, at);
    if (draft.core.length < CORE_SIZE) draft.core.push(p);
    // Every newcomer must fit the first report (it shares a party and a day with it), so the first is the key.
    if (draft.members.length === 1) registerSeed(blocks, p, at);
  });
  return drafts.map((d) => d.members);
}

/** Reports with the same signature are interchangeable for clustering. */
function signatureOf(p: ReportProfile): string {
  const e = p.event;
  return `${e.type}|${e.date}|${e.datePrecision}|${sortedIds(e.source)}|${sortedIds(e.target)}|${e.location ?? ''}`;
}

/** The ids sorted and joined (a module function: under tsx a named closure costs about a microsecond to make). */
function sortedIds(xs: string[]): string {
  return [...xs].sort().join(',');
}

/**
 * The cluster whose whole core `p` is compatible with and fits best (then the larger, then the older);
 * null when none, or when a report naming one party fits two clusters equally.
 */
function bestDraft(p: ReportProfile, turn: number, drafts: Draft[], blocks: Blocks): number | null {
  let best = -1;
  let bestScore = -Infinity;
  let equals = 0;
  forEachCandidate(blocks, p, (at) => {
    const draft = drafts[at]!;
    if (draft.seenAt === turn) return;
    draft.seenAt = turn;
    const score = fit(p, draft);
    if (score === null || score < bestScore) return;
    if (score > bestScore) {
      best = at;
      bestScore = score;
      equals = 0;
    } else {
      equals++;
      if (preferred(draft, at, drafts[best]!, best)) best = at;
    }
  });
  if (best < 0 || (equals > 0 && (p.firm ?? p).actors.length < 2)) return null;
  return best;
}

/** Between clusters that fit equally: the larger, then the older. */
function preferred(a: Draft, at: number, b: Draft, bt: number): boolean {
  return a.members.length > b.members.length || (a.members.length === b.members.length && at < bt);
}

/**
 * The mean fit of `p` to the draft's core, or null when it is not compatible with all of it: with the first
 * report, and with every report of its own type (a "thanked Iran" that joined "agreed to a ceasefire" by its
 * family does not keep out another report of the ceasefire).
 */
function fit(p: ReportProfile, { core }: Draft): number | null {
  let solid = false;
  for (let i = 0; i < core.length; i++) {
    if (!counts(p, core[i]!, i)) continue;
    if (!compatible(p, core[i]!)) return null;
    solid ||= solidPair(p, core[i]!);
  }
  if (!solid) return null;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < core.length; i++)
    if (counts(p, core[i]!, i)) {
      sum += fitScore(p, core[i]!);
      n++;
    }
  return sum / n;
}

/** Whether the `i`-th core report `c` is one `p` must fit: the first, or one of `p`'s own type. */
function counts(p: ReportProfile, c: ReportProfile, i: number): boolean {
  return i === 0 || c.event.type === p.event.type;
}
