import { type Cluster, MODALITIES, PLOVER_TYPES, type PloverType } from '../../model/bundle-schema.ts';
import { TYPE_FAMILY } from '../../model/type-family.ts';
import { formatDay, parseIsoDay } from '../dates/calendar.ts';
import { dateInterval } from '../dates/resolve-date.ts';
import type { ExtractedEvent } from '../events/event-records.ts';

// Type families (neighbouring types that may code one real-world event) are part of the shared model.
const FAMILY = TYPE_FAMILY;

/** How far around publication an undated report may sit from a dated report of the same event. */
const UNDATED_WINDOW_DAYS = 3;

/** Where an event was published, for undated events and for the cluster's outlets. */
export type EventContext = { published: string | null; outletId: string };

/**
 * Groups reports of the same real-world event: same type family, overlapping actors, dates within the
 * reports' precision. Day-precise reports are grouped first (blocked by family, day and actor); a
 * coarser report then joins the single best day cluster it fits, so one vague "met this week" never
 * chains two different meetings together.
 */
export function clusterEvents(
  events: ExtractedEvent[],
  contextOf: (e: ExtractedEvent) => EventContext,
): { clusters: Cluster[]; clusterOf: Map<string, string> } {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)].sort();
    parent.set(rb!, ra!);
  };
  for (const e of events) parent.set(e.id, e.id);

  const dayEvents = events.filter((e) => e.datePrecision === 'day' && e.date !== null);
  // A block (family, day, actor) keeps one representative per actor set and place: reports with the
  // same parties are already one cluster, so comparing with one of them is enough, and a block stays
  // small however many reports repeat the same meeting.
  const block = new Map<string, Map<string, ExtractedEvent>>();
  for (const e of dayEvents) {
    const signature = `${actorsOf(e).sort().join(',')}|${e.location ?? ''}`;
    for (const actor of actorsOf(e)) {
      const key = `${FAMILY[e.type]}|${e.date}|${actor}`;
      const bucket = block.get(key) ?? new Map<string, ExtractedEvent>();
      const twin = bucket.get(signature);
      if (twin) {
        union(e.id, twin.id);
        continue;
      }
      for (const other of bucket.values()) if (actorsOverlap(e, other)) union(e.id, other.id);
      bucket.set(signature, e);
      block.set(key, bucket);
    }
  }
  attachCoarseEvents(events, block, contextOf, union);
  return buildClusters(events, find, contextOf);
}

function attachCoarseEvents(
  events: ExtractedEvent[],
  block: Map<string, Map<string, ExtractedEvent>>,
  contextOf: (e: ExtractedEvent) => EventContext,
  union: (a: string, b: string) => void,
): void {
  const coarse = events.filter((e) => !(e.datePrecision === 'day' && e.date !== null));
  const peers = new Map<string, ExtractedEvent>();
  for (const e of coarse) {
    const range = rangeOf(e, contextOf(e));
    if (!range) continue;
    const best = bestDayCluster(e, range, block, contextOf);
    if (best) {
      union(e.id, best.id);
      continue;
    }
    // No dated report fits: join an equally vague report of the same type and parties, if any; a lone
    // undated actor ("Israel", no one else) is too thin to say two reports are one event.
    if (e.datePrecision === 'unknown' && actorsOf(e).length < 2) continue;
    const key = `${e.type}|${e.datePrecision}|${e.date}|${actorsOf(e).sort().join(',')}`;
    const peer = peers.get(key);
    if (peer) union(e.id, peer.id);
    else peers.set(key, e);
  }
}

function bestDayCluster(
  e: ExtractedEvent,
  [from, to]: [number, number],
  block: Map<string, Map<string, ExtractedEvent>>,
  contextOf: (e: ExtractedEvent) => EventContext,
): ExtractedEvent | null {
  if (to - from > 62) return null; // a year is too vague to pin a report on one day
  let best: ExtractedEvent | null = null;
  let bestScore = -Infinity;
  // The block keys of each day are made once: a coarse date spans up to 63 days, each asked for every actor.
  const actors = actorsOf(e);
  for (let day = from; day <= to; day++) {
    const dayKey = `${FAMILY[e.type]}|${formatDay(day)}|`;
    for (const actor of actors) {
      for (const candidate of block.get(dayKey + actor)?.values() ?? []) {
        if (!actorsOverlap(e, candidate)) continue;
        if (e.datePrecision === 'unknown' && !sameActors(e, candidate)) continue;
        const score = scoreCandidate(e, candidate, contextOf);
        if (score > bestScore || (score === bestScore && best !== null && candidate.id < best.id)) {
          best = candidate;
          bestScore = score;
        }
      }
    }
  }
  return best;
}

function scoreCandidate(
  e: ExtractedEvent,
  candidate: ExtractedEvent,
  contextOf: (e: ExtractedEvent) => EventContext,
): number {
  let score = sharedActors(e, candidate) * 2;
  if (e.location && e.location === candidate.location) score += 3;
  if (e.articleId === candidate.articleId) score += 1;
  if (e.type === candidate.type) score += 1;
  const published = contextOf(e).published;
  if (published && candidate.date)
    score -= Math.abs((parseIsoDay(candidate.date) ?? 0) - (parseIsoDay(published) ?? 0)) / 10;
  return score;
}

function rangeOf(e: ExtractedEvent, context: EventContext): [number, number] | null {
  if (e.datePrecision !== 'unknown') return dateInterval(e.date, e.datePrecision);
  const published = context.published ? parseIsoDay(context.published) : null;
  return published === null ? null : [published - UNDATED_WINDOW_DAYS, published + UNDATED_WINDOW_DAYS];
}

function actorsOf(e: ExtractedEvent): string[] {
  return [...new Set([...e.source, ...e.target])];
}

function sharedActors(a: ExtractedEvent, b: ExtractedEvent): number {
  const ids = new Set(actorsOf(a));
  return actorsOf(b).filter((id) => ids.has(id)).length;
}

/** Overlap: all actors shared when either side names one, at least two otherwise. */
export function actorsOverlap(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const need = Math.min(2, actorsOf(a).length, actorsOf(b).length);
  return need > 0 && sharedActors(a, b) >= need;
}

function sameActors(a: ExtractedEvent, b: ExtractedEvent): boolean {
  return actorsOf(a).length === actorsOf(b).length && sharedActors(a, b) === actorsOf(a).length;
}

function buildClusters(
  events: ExtractedEvent[],
  find: (id: string) => string,
  contextOf: (e: ExtractedEvent) => EventContext,
): { clusters: Cluster[]; clusterOf: Map<string, string> } {
  const groups = new Map<string, ExtractedEvent[]>();
  for (const e of events) {
    const root = find(e.id);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  }
  const drafts = [...groups.values()].map((members) => summarise(members, contextOf));
  drafts.sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.eventIds[0]!.localeCompare(b.eventIds[0]!),
  );
  const clusterOf = new Map<string, string>();
  const clusters = drafts.map((draft, i) => {
    const id = `c${String(i + 1).padStart(5, '0')}`;
    for (const eventId of draft.eventIds) clusterOf.set(eventId, id);
    return { ...draft, id };
  });
  return { clusters, clusterOf };
}

function summarise(members: ExtractedEvent[], contextOf: (e: ExtractedEvent) => EventContext): Omit<Cluster, 'id'> {
  const sorted = [...members].sort((a, b) => a.id.localeCompare(b.id));
  const precise = sorted.filter((e) => e.datePrecision === 'day');
  const dated = precise.length > 0 ? precise : sorted;
  // The date and its precision come from the same report: the first one carrying the most common date.
  const date = mostCommon(dated.map((e) => e.date));
  const dateSource = dated.find((e) => e.date === date)!;
  const counts = new Map<PloverType, number>();
  for (const e of sorted) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const type = [...PLOVER_TYPES].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]!;
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return {
    type,
    date,
    datePrecision: dateSource.datePrecision,
    actorIds: uniq(sorted.flatMap(actorsOf)),
    eventIds: sorted.map((e) => e.id),
    outletIds: uniq(sorted.map((e) => contextOf(e).outletId)),
    articleIds: uniq(sorted.map((e) => e.articleId)),
    modalities: MODALITIES.filter((m) => sorted.some((e) => e.modality === m)),
    independentOutletIds: uniq(sorted.map((e) => contextOf(e).outletId)),
    derived: [],
  };
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0]![0];
}
