import { DATE_PRECISIONS, type DiplomaticEvent, MODALITIES, PLOVER_TYPES, type Span } from '../bundle-schema.ts';
import { dayNumber, isoOfDay } from '../day-number.ts';
import { withExtra } from './row-extra.ts';
import { stringAt, utf8Column } from './utf8-column.ts';
import { DictBuilder, dictValue, extraOf, indexOf, listColumn, offsetsOf } from './column-builders.ts';
import {
  type ActorSpanListColumn,
  type EventColumns,
  NO_CODE,
  NO_DAY,
  type SpanListColumn,
  type ToneTermListColumn,
} from './column-layout.ts';

/** Event fields stored in columns; any other field goes to the `extra` column. */
const EVENT_FIELDS = new Set([
  'id', 'articleId', 'type', 'mode', 'date', 'datePrecision', 'dateBasis', 'dateSpan', 'modality', 'modalityCue',
  'source', 'target', 'actorSpans', 'actorLabels', 'tone', 'location', 'evidence', 'trigger', 'clusterId', 'confidence',
]); // prettier-ignore

/** Lookups from ids to indices that the event columns point into. */
export type EventLookups = {
  articles: Map<string, number>;
  outletOfArticle: Uint32Array;
  actors: Map<string, number>;
  clusters: Map<string, number>;
};

/** The day number of a date, NO_DAY for null; a string that is no calendar day is an error. */
export function columnDay(date: string | null): number {
  if (date === null) return NO_DAY;
  const day = dayNumber(date);
  if (!Number.isFinite(day) || isoOfDay(day) !== date) throw new Error(`"${date}" is not a calendar day`);
  return day;
}

/** The date of a day number. */
export function columnDate(day: number): string | null {
  return day === NO_DAY ? null : isoOfDay(day);
}

/** Events as columns. */
export function eventsToColumns(events: readonly DiplomaticEvent[], lookups: EventLookups): EventColumns {
  const n = events.length;
  const dict = () => new DictBuilder(n);
  const [mode, dateBasis, modalityCue, location] = [dict(), dict(), dict(), dict()];
  const columns: EventColumns = {
    id: new Array<string>(n),
    article: new Uint32Array(n),
    outlet: new Uint32Array(n),
    type: new Uint8Array(n),
    mode: mode.finish(),
    day: new Int32Array(n),
    datePrecision: new Uint8Array(n),
    dateBasis: dateBasis.finish(),
    dateSpanStart: new Int32Array(n),
    dateSpanEnd: new Int32Array(n),
    dateSpanText: new Array<string | null>(n),
    modality: new Uint8Array(n),
    modalityCue: modalityCue.finish(),
    source: listColumn(
      events.map((e) => e.source),
      (id) => indexOf(lookups.actors, id, 'actor'),
    ),
    target: listColumn(
      events.map((e) => e.target),
      (id) => indexOf(lookups.actors, id, 'actor'),
    ),
    actorSpans: actorSpansToColumn(events, (e) => e.actorSpans, lookups.actors),
    actorLabels: actorSpansToColumn(events, (e) => e.actorLabels, lookups.actors),
    toneScore: Float64Array.from(events, (e) => e.tone.score),
    toneComparative: Float64Array.from(events, (e) => e.tone.comparative),
    toneTerms: toneTermsToColumn(events),
    location: location.finish(),
    evidenceStart: Uint32Array.from(events, (e) => e.evidence.start),
    evidenceEnd: Uint32Array.from(events, (e) => e.evidence.end),
    evidenceText: utf8Column(events.map((e) => e.evidence.text)),
    triggerStart: Uint32Array.from(events, (e) => e.trigger.start),
    triggerEnd: Uint32Array.from(events, (e) => e.trigger.end),
    triggerText: events.map((e) => ownText(e, e.trigger)),
    cluster: Uint32Array.from(events, (e) => indexOf(lookups.clusters, e.clusterId, 'cluster')),
    confidence: Float64Array.from(events, (e) => e.confidence),
    extra: events.map((e) => extraOf(e, EVENT_FIELDS)),
  };
  events.forEach((e, i) => {
    columns.id[i] = e.id;
    columns.article[i] = indexOf(lookups.articles, e.articleId, 'article');
    columns.outlet[i] = lookups.outletOfArticle[columns.article[i]!]!;
    columns.type[i] = PLOVER_TYPES.indexOf(e.type);
    mode.push(e.mode);
    columns.day[i] = columnDay(e.date);
    columns.datePrecision[i] = DATE_PRECISIONS.indexOf(e.datePrecision);
    dateBasis.push(e.dateBasis);
    columns.dateSpanStart[i] = e.dateSpan ? e.dateSpan.start : NO_CODE;
    columns.dateSpanEnd[i] = e.dateSpan ? e.dateSpan.end : NO_CODE;
    columns.dateSpanText[i] = e.dateSpan ? ownText(e, e.dateSpan) : null;
    columns.modality[i] = MODALITIES.indexOf(e.modality);
    modalityCue.push(e.modalityCue);
    location.push(e.location);
  });
  return columns;
}

/** A span's text when the evidence sentence does not already hold it at the span's offsets; else null. */
function ownText(e: DiplomaticEvent, span: Span): string | null {
  return span.text === evidenceSlice(e.evidence, span.start, span.end) ? null : span.text;
}

function evidenceSlice(evidence: Span, start: number, end: number): string | null {
  if (start < evidence.start || end > evidence.end || end < start) return null;
  return evidence.text.slice(start - evidence.start, end - evidence.start);
}

function spanListColumn(events: readonly DiplomaticEvent[], spansOf: (e: DiplomaticEvent) => Span[]): SpanListColumn {
  const offsets = offsetsOf(events.map((e) => spansOf(e).length));
  const spans = events.flatMap((e) => spansOf(e).map((s) => [e, s] as const));
  return {
    offsets,
    start: Uint32Array.from(spans, ([, s]) => s.start),
    end: Uint32Array.from(spans, ([, s]) => s.end),
    text: spans.map(([e, s]) => ownText(e, s)),
  };
}

function actorSpansToColumn(
  events: readonly DiplomaticEvent[],
  spansOf: (e: DiplomaticEvent) => DiplomaticEvent['actorSpans'],
  actors: Map<string, number>,
): ActorSpanListColumn {
  const actor = Uint32Array.from(
    events.flatMap((e) => spansOf(e)),
    (s) => indexOf(actors, s.actorId, 'actor'),
  );
  return { ...spanListColumn(events, spansOf), actor };
}

function toneTermsToColumn(events: readonly DiplomaticEvent[]): ToneTermListColumn {
  const valence = Float64Array.from(
    events.flatMap((e) => e.tone.terms),
    (t) => t.valence,
  );
  return { ...spanListColumn(events, (e) => e.tone.terms), valence };
}

/** Ids the event columns' indices stand for. */
export type EventNames = { articleIds: readonly string[]; actorIds: readonly string[]; clusterIds: readonly string[] };

/** Event i of the columns as the bundle's object (one pass, no closures: it runs once per event on the page). */
export function eventOfColumns(c: EventColumns, i: number, names: EventNames, dates: DateCache): DiplomaticEvent {
  const evidence = { text: stringAt(c.evidenceText, i), start: c.evidenceStart[i]!, end: c.evidenceEnd[i]! };
  const event: DiplomaticEvent = {
    id: c.id[i]!,
    articleId: names.articleIds[c.article[i]!]!,
    type: PLOVER_TYPES[c.type[i]!]!,
    mode: dictValue(c.mode, i),
    date: dates.dateOf(c.day[i]!),
    datePrecision: DATE_PRECISIONS[c.datePrecision[i]!]!,
    dateBasis: dictValue(c.dateBasis, i) ?? '',
    dateSpan:
      c.dateSpanStart[i] === NO_CODE
        ? null
        : spanOf(evidence, c.dateSpanStart[i]!, c.dateSpanEnd[i]!, c.dateSpanText[i]!),
    modality: MODALITIES[c.modality[i]!]!,
    modalityCue: dictValue(c.modalityCue, i) ?? '',
    source: actorIdsAt(c.source, i, names.actorIds),
    target: actorIdsAt(c.target, i, names.actorIds),
    actorSpans: actorSpansAt(c.actorSpans, i, evidence, names.actorIds),
    actorLabels: actorSpansAt(c.actorLabels, i, evidence, names.actorIds),
    tone: { score: c.toneScore[i]!, comparative: c.toneComparative[i]!, terms: toneTermsAt(c.toneTerms, i, evidence) },
    location: dictValue(c.location, i),
    evidence,
    trigger: spanOf(evidence, c.triggerStart[i]!, c.triggerEnd[i]!, c.triggerText[i]!),
    clusterId: names.clusterIds[c.cluster[i]!]!,
    confidence: c.confidence[i]!,
  };
  return withExtra(event, c.extra[i]);
}

/** Dates of day numbers, each formatted once: a bundle has a few thousand distinct days, not one per event. */
export class DateCache {
  private readonly dates = new Map<number, string | null>();
  dateOf(day: number): string | null {
    let date = this.dates.get(day);
    if (date === undefined) this.dates.set(day, (date = columnDate(day)));
    return date;
  }
}

function spanOf(evidence: Span, start: number, end: number, own: string | null): Span {
  return { text: own ?? evidenceSlice(evidence, start, end) ?? '', start, end };
}

function actorIdsAt(list: EventColumns['source'], i: number, actorIds: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = list.offsets[i]!; k < list.offsets[i + 1]!; k++) out.push(actorIds[list.values[k]!]!);
  return out;
}

function actorSpansAt(list: ActorSpanListColumn, i: number, evidence: Span, actorIds: readonly string[]) {
  return spansAt(list, i, evidence, (k) => ({ actorId: actorIds[list.actor[k]!]! }));
}

function toneTermsAt(list: ToneTermListColumn, i: number, evidence: Span): DiplomaticEvent['tone']['terms'] {
  return spansAt(list, i, evidence, (k) => ({ valence: list.valence[k]! }));
}

/** Row i's spans of a span-list column, each with the extra fields its column adds (the actor, the valence). */
function spansAt<X extends object>(
  list: SpanListColumn,
  i: number,
  evidence: Span,
  extra: (k: number) => X,
): (Span & X)[] {
  const out: (Span & X)[] = [];
  for (let k = list.offsets[i]!; k < list.offsets[i + 1]!; k++) {
    const [start, end] = [list.start[k]!, list.end[k]!];
    out.push({ text: list.text[k] ?? evidenceSlice(evidence, start, end) ?? '', start, end, ...extra(k) });
  }
  return out;
}
