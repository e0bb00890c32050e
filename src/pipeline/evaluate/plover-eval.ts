import type { PloverType } from '../../model/bundle-schema.ts';
import { extractArticle } from '../events/extract-events.ts';
import type { ExtractedEvent } from '../events/event-records.ts';
import type { PipelineResources } from '../resources/load-resources.ts';

/** One gold sentence of the public PLOVER benchmark (`data/benchmarks/plover-gsr-public/cases.jsonl`). */
export type PloverCase = {
  id: string;
  sentence: string;
  types: PloverType[];
  altTypes?: PloverType[];
  source_names: string[];
};

/** The outcome of one case: whether an event of the gold type came out, and whether its source is the gold one. */
export type PloverOutcome = {
  id: string;
  expected: PloverType[];
  predicted: PloverType[];
  typeHit: boolean;
  /** Null when the case names no source (direction is not scored there). */
  directionHit: boolean | null;
  events: ExtractedEvent[];
};

/** The benchmark's fixed publication date: every sentence is a one-sentence article of that day. */
const PUBLISHED = '2025-07-08';

/** Scores one case: type hit (lenient: `altTypes` count too), direction on the hitting event. */
export function scorePloverCase(c: PloverCase, resources: PipelineResources): PloverOutcome {
  const { events } = extractArticle({ id: 'case', text: c.sentence, published: PUBLISHED }, resources);
  const accepted = new Set([...c.types, ...(c.altTypes ?? [])]);
  const hits = events.filter((e) => accepted.has(e.type));
  const directionHit =
    c.source_names.length === 0 || hits.length === 0 ? (c.source_names.length === 0 ? null : false) : hits.some((e) => sourceMatches(e, c.source_names, resources));
  return { id: c.id, expected: c.types, predicted: [...new Set(events.map((e) => e.type))], typeHit: hits.length > 0, directionHit, events };
}

/** The event's source is named in the sentence as one of the gold names, or is an actor called so. */
function sourceMatches(event: ExtractedEvent, names: string[], resources: PipelineResources): boolean {
  const wanted = names.map(normalise).filter((n) => n.length > 0);
  const said = event.actorSpans.filter((s) => event.source.includes(s.actorId)).map((s) => normalise(s.text));
  const known = event.source.flatMap((id) => {
    const actor = resources.gazetteer.actors.get(id);
    return actor ? [actor.name, ...actor.aliases].map(normalise) : [normalise(id.replace(/^unresolved:/, ''))];
  });
  return wanted.some((w) => [...said, ...known].some((s) => s.length > 0 && (s.includes(w) || w.includes(s))));
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bthe\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Type recall, direction and a per-type table over a set of outcomes. */
export function summarisePlover(outcomes: PloverOutcome[]) {
  const directed = outcomes.filter((o) => o.directionHit !== null);
  const byType = new Map<string, { n: number; hit: number; silent: number }>();
  for (const o of outcomes) {
    const key = o.expected[0]!;
    const row = byType.get(key) ?? { n: 0, hit: 0, silent: 0 };
    row.n++;
    if (o.typeHit) row.hit++;
    if (o.events.length === 0) row.silent++;
    byType.set(key, row);
  }
  return {
    cases: outcomes.length,
    typeRecall: ratio(outcomes.filter((o) => o.typeHit).length, outcomes.length),
    direction: ratio(directed.filter((o) => o.directionHit).length, directed.length),
    directedCases: directed.length,
    silent: outcomes.filter((o) => o.events.length === 0).length,
    byType: [...byType.entries()].sort(([a], [b]) => a.localeCompare(b)),
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
