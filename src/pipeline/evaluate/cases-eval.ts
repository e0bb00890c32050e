import type { DatePrecision, Modality, PloverType } from '../../model/bundle-schema.ts';
import { monthStart, parseIsoDay, type DayNumber } from '../dates/calendar.ts';
import { extractArticle } from '../events/extract-events.ts';
import type { ExtractedEvent } from '../events/event-records.ts';
import type { PipelineResources } from '../resources/load-resources.ts';

/** One event a construction case expects: type, plain actor names, the date as the text gives it, modality. */
export type ExpectedEvent = {
  type: PloverType;
  source: string[];
  target: string[];
  date: string | null;
  precision: DatePrecision;
  modality: Modality;
};

/** An event that must not come out; absent fields match anything. */
export type ForbiddenEvent = { type?: PloverType; source?: string[]; target?: string[]; modality?: Modality };

/** One case of `data/eval/construction-cases.jsonl` (docs/constructions.md says how they are written). */
export type ConstructionCase = {
  id: string;
  construction: string;
  conflict: string;
  text: string;
  published: string;
  expected: ExpectedEvent[];
  forbidden?: ForbiddenEvent[];
};

/**
 * The names one actor of a mention is known by; `person: false` marks an actor that is no person (a state, a
 * body, a group), whose one-word name is never taken for a surname.
 */
export type ActorNames = string[] & { person?: boolean };

/** One extracted event mention: the dyads of one trigger in one sentence, joined back together. */
export type Mention = {
  type: PloverType;
  source: ActorNames[];
  target: ActorNames[];
  from: DayNumber | null;
  to: DayNumber | null;
  modality: Modality;
  label: string;
};

/** How one expected event fared, part by part; each part is judged on mentions of the right type. */
export type ExpectedOutcome = {
  expected: ExpectedEvent;
  type: boolean;
  actors: boolean;
  date: boolean;
  modality: boolean;
  full: boolean;
};

/** The outcome of one case. */
export type CaseOutcome = {
  case: ConstructionCase;
  expected: ExpectedOutcome[];
  forbiddenHits: ForbiddenEvent[];
  mentions: Mention[];
};

/** Types where who is source and who is target is not scored: one meets, agrees or cooperates with another. */
export const MUTUAL_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** Extracts one case as a one-article text published on its day, and scores it. */
export function scoreCase(c: ConstructionCase, resources: PipelineResources): CaseOutcome {
  const { events, unresolved } = extractArticle({ id: c.id, text: c.text, published: c.published }, resources);
  return judgeCase(c, toMentions(events, resources, unresolved));
}

/** Scores a case against mentions already extracted (pure; the unit tests call it directly). */
export function judgeCase(c: ConstructionCase, mentions: Mention[]): CaseOutcome {
  const expected = c.expected.map((e) => judgeExpected(e, mentions));
  const forbiddenHits = (c.forbidden ?? []).filter((f) => mentions.some((m) => matchesForbidden(f, m)));
  return { case: c, expected, forbiddenHits, mentions };
}

function judgeExpected(e: ExpectedEvent, mentions: Mention[]): ExpectedOutcome {
  const typed = mentions.filter((m) => m.type === e.type);
  const actors = (m: Mention) => actorsMatch(e.type, e.source, e.target, m);
  const date = (m: Mention) => dateMatches(e, m);
  const modality = (m: Mention) => m.modality === e.modality;
  return {
    expected: e,
    type: typed.length > 0,
    actors: typed.some(actors),
    date: typed.some(date),
    modality: typed.some(modality),
    full: typed.some((m) => actors(m) && date(m) && modality(m)),
  };
}

/** Every expected name is among the mention's actors: on its side, or on either side for mutual types. */
function actorsMatch(type: PloverType, source: string[], target: string[], m: Mention): boolean {
  if (MUTUAL_TYPES.has(type))
    return [...source, ...target].every((n) => m.source.concat(m.target).some((a) => nameMatches(n, a, a.person)));
  return (
    source.every((n) => m.source.some((a) => nameMatches(n, a, a.person))) &&
    target.every((n) => m.target.some((a) => nameMatches(n, a, a.person)))
  );
}

function matchesForbidden(f: ForbiddenEvent, m: Mention): boolean {
  if (f.type && f.type !== m.type) return false;
  if (f.modality && f.modality !== m.modality) return false;
  if (!f.source && !f.target) return true;
  if (!f.type)
    return [...(f.source ?? []), ...(f.target ?? [])].every((n) =>
      m.source.concat(m.target).some((a) => nameMatches(n, a, a.person)),
    );
  return actorsMatch(f.type, f.source ?? [], f.target ?? [], m);
}

/**
 * The extracted date interval lies inside the expected one (a day inside an expected week or month counts;
 * a month when a day was expected does not). An expected null date is not scored: the text gives none.
 */
function dateMatches(e: ExpectedEvent, m: Mention): boolean {
  if (e.date === null || e.precision === 'unknown') return true;
  const [from, to] = intervalOf(e.date, e.precision);
  return from !== null && to !== null && m.from !== null && m.to !== null && m.from >= from && m.to <= to;
}

/** The days a date of a given precision covers; [null, null] when there is no date. */
export function intervalOf(date: string | null, precision: DatePrecision): [DayNumber | null, DayNumber | null] {
  const day = date === null ? null : parseIsoDay(date);
  if (day === null || precision === 'unknown') return [null, null];
  if (precision === 'day') return [day, day];
  if (precision === 'week') return [day, day + 6];
  if (precision === 'month') return [monthStart(day), monthStart(day, 1) - 1];
  const year = Number(date!.slice(0, 4));
  return [parseIsoDay(`${year}-01-01`), parseIsoDay(`${year}-12-31`)];
}

/**
 * An expected name matches an actor's name, alias or span when one holds the other word for word:
 * "Ilham Aliyev" matches the span "President Ilham Aliyev", and the surname "Aliyev" matches "Ilham Aliyev";
 * "Pakistan" does not match "Pakistani military", which is another actor. Only a person has a surname: a state's
 * one-word name is not the last word of another place's ("Sudan" is not "Port Sudan", "Korea" not "North Korea").
 */
export function nameMatches(expected: string, actorNames: string[], person = true): boolean {
  const want = words(expected);
  if (want.length === 0) return false;
  return actorNames.some((name) => {
    const have = words(name);
    if (have.length === 0) return false;
    if (containsRun(have, want)) return true;
    return (
      (have.length >= 2 && containsRun(want, have)) ||
      (person && have.length === 1 && have[0] === want[want.length - 1])
    );
  });
}

function containsRun(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  return false;
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0 && w !== 'the');
}

/**
 * Joins the dyads of each trigger back into one mention, each actor known by its names, aliases and spans;
 * `unresolved` gives the names the extractor read for actors the gazetteer lacks.
 */
export function toMentions(
  events: ExtractedEvent[],
  resources: PipelineResources,
  unresolved: ReadonlyMap<string, string> = new Map(),
): Mention[] {
  const byTrigger = new Map<string, ExtractedEvent[]>();
  for (const e of events) {
    const key = `${e.type}|${e.evidence.start}|${e.trigger.start}|${e.modality}`;
    byTrigger.set(key, [...(byTrigger.get(key) ?? []), e]);
  }
  return [...byTrigger.values()].map((group) => {
    const first = group[0]!;
    const namesOf = (id: string) => actorNames(id, group, resources, unresolved);
    const [from, to] = intervalOf(first.date, first.datePrecision);
    const source = [...new Set(group.flatMap((e) => e.source))];
    const target = [...new Set(group.flatMap((e) => e.target))];
    return {
      type: first.type,
      source: source.map(namesOf),
      target: target.map(namesOf),
      from,
      to,
      modality: first.modality,
      label: `${first.type}[${first.trigger.text}] ${source.join('+')} -> ${target.join('+')} ${first.date ?? '-'}/${first.datePrecision} ${first.modality}`,
    };
  });
}

function actorNames(
  id: string,
  group: ExtractedEvent[],
  resources: PipelineResources,
  unresolved: ReadonlyMap<string, string>,
): ActorNames {
  const actor = resources.gazetteer.actors.get(id);
  const spans = group.flatMap((e) => e.actorSpans.filter((s) => s.actorId === id).map((s) => s.text));
  const read = unresolved.get(id);
  const known = actor ? [actor.name, ...actor.aliases] : [read ?? id.replace(/^unresolved:/, '').replace(/-/g, ' ')];
  // An unresolved name may be a person's; a known actor is one only when the gazetteer says so.
  return Object.assign([...new Set([...known, ...spans])], { person: actor ? actor.kind === 'person' : true });
}

/** Counts for one row of a table: expected events, and how many matched in type, actors, date, modality, fully. */
export type ScoreRow = { n: number; type: number; actors: number; date: number; modality: number; full: number };

/** The figures `eval:cases` prints; `caseScore` (expected events fully matched / expected events) is the headline. */
export type CasesSummary = {
  cases: number;
  overall: ScoreRow;
  caseScore: number;
  forbidden: number;
  forbiddenCases: number;
  byConstruction: [string, ScoreRow][];
  byType: [string, ScoreRow][];
  byConflict: [string, ScoreRow][];
};

/** Sums outcomes overall and per construction, type and conflict. */
export function summariseCases(outcomes: CaseOutcome[]): CasesSummary {
  const overall = emptyRow();
  const tables = {
    construction: new Map<string, ScoreRow>(),
    type: new Map<string, ScoreRow>(),
    conflict: new Map<string, ScoreRow>(),
  };
  for (const o of outcomes)
    for (const x of o.expected) {
      const keys: [Map<string, ScoreRow>, string][] = [
        [tables.construction, o.case.construction],
        [tables.type, x.expected.type],
        [tables.conflict, o.case.conflict],
      ];
      for (const row of [overall, ...keys.map(([t, k]) => rowOf(t, k))]) addTo(row, x);
    }
  const sorted = (t: Map<string, ScoreRow>) => [...t.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    cases: outcomes.length,
    overall,
    caseScore: overall.n === 0 ? 0 : overall.full / overall.n,
    forbidden: outcomes.reduce((n, o) => n + o.forbiddenHits.length, 0),
    forbiddenCases: outcomes.filter((o) => o.forbiddenHits.length > 0).length,
    byConstruction: sorted(tables.construction),
    byType: sorted(tables.type),
    byConflict: sorted(tables.conflict),
  };
}

const emptyRow = (): ScoreRow => ({ n: 0, type: 0, actors: 0, date: 0, modality: 0, full: 0 });

function rowOf(table: Map<string, ScoreRow>, key: string): ScoreRow {
  const row = table.get(key) ?? emptyRow();
  table.set(key, row);
  return row;
}

function addTo(row: ScoreRow, x: ExpectedOutcome): void {
  row.n++;
  row.type += Number(x.type);
  row.actors += Number(x.actors);
  row.date += Number(x.date);
  row.modality += Number(x.modality);
  row.full += Number(x.full);
}
