import type { ExtractedEvent } from '../events/event-records.ts';
import { clusterEvents, type EventContext, type Parties } from './cluster-events.ts';

let n = 0;

/** A made-up day-precise report for the clustering tests, with what differs given in `over`. */
export function report(over: Partial<ExtractedEvent>): ExtractedEvent {
  n++;
  const span = { text: 'x', start: 0, end: 1 };
  return {
    id: `t${String(n).padStart(4, '0')}#e001`,
    articleId: `t${String(n).padStart(4, '0')}`,
    type: 'CONSULT',
    mode: null,
    date: '2025-07-07',
    datePrecision: 'day',
    dateBasis: '',
    dateSpan: null,
    modality: 'occurred',
    modalityCue: '',
    source: [],
    target: [],
    actorSpans: [],
    actorLabels: [],
    tone: { score: 0, comparative: 0, terms: [] },
    location: null,
    evidence: span,
    trigger: span,
    confidence: 0.8,
    ...over,
  };
}

/** Parties from a table of each person's or army's state, and a set of leaders. */
export function partiesOf(state: Record<string, string>, leaders: string[] = []): Parties {
  return { partyOf: (id) => state[id] ?? id, leads: (id) => leaders.includes(id) };
}

/** The reports' ids grouped by cluster, each group in the order given. */
export function clustered(
  events: ExtractedEvent[],
  parties: Parties,
  context: (e: ExtractedEvent) => EventContext = () => ({ published: '2025-07-09', outletId: 'o' }),
): string[][] {
  const { clusterOf } = clusterEvents(events, context, parties);
  const byCluster = new Map<string, string[]>();
  for (const e of events) byCluster.set(clusterOf.get(e.id)!, [...(byCluster.get(clusterOf.get(e.id)!) ?? []), e.id]);
  return [...byCluster.values()];
}
