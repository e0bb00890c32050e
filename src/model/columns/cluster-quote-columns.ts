import { type Cluster, DATE_PRECISIONS, MODALITIES, PLOVER_TYPES, type Quote } from '../bundle-schema.ts';
import { extraOf, indexOf, listColumn, listValues, offsetsOf } from './column-builders.ts';
import { type ClusterColumns, NO_CODE, type QuoteColumns } from './column-layout.ts';
import { columnDate, columnDay } from './event-columns.ts';
import { withExtra } from './row-extra.ts';

const CLUSTER_FIELDS = new Set([
  'id', 'type', 'date', 'datePrecision', 'actorIds', 'eventIds', 'outletIds', 'articleIds', 'modalities',
  'independentOutletIds', 'derived',
]); // prettier-ignore
const QUOTE_FIELDS = new Set(['id', 'articleId', 'speakerId', 'speakerText', 'start', 'end', 'text', 'eventIds']);

/** Lookups from ids to the indices that cluster and quote columns store. */
export type ReferenceLookups = {
  actors: Map<string, number>;
  outlets: Map<string, number>;
  articles: Map<string, number>;
  events: Map<string, number>;
  reuse: Map<string, number>;
};

/** Ids the indices stand for. */
export type ReferenceNames = {
  actorIds: readonly string[];
  outletIds: readonly string[];
  articleIds: readonly string[];
  eventIds: readonly string[];
  reuseIds: readonly string[];
};

/** Clusters as columns. */
export function clustersToColumns(clusters: readonly Cluster[], lookups: ReferenceLookups): ClusterColumns {
  const list = (ids: (c: Cluster) => string[], lookup: Map<string, number>, what: string) =>
    listColumn(clusters.map(ids), (id) => indexOf(lookup, id, what));
  const derived = clusters.flatMap((c) => c.derived);
  return {
    id: clusters.map((c) => c.id),
    type: Uint8Array.from(clusters, (c) => PLOVER_TYPES.indexOf(c.type)),
    day: Int32Array.from(clusters, (c) => columnDay(c.date)),
    datePrecision: Uint8Array.from(clusters, (c) => DATE_PRECISIONS.indexOf(c.datePrecision)),
    actors: list((c) => c.actorIds, lookups.actors, 'actor'),
    events: list((c) => c.eventIds, lookups.events, 'event'),
    outlets: list((c) => c.outletIds, lookups.outlets, 'outlet'),
    articles: list((c) => c.articleIds, lookups.articles, 'article'),
    modalities: modalityList(clusters),
    independentOutlets: list((c) => c.independentOutletIds, lookups.outlets, 'outlet'),
    derived: {
      offsets: offsetsOf(clusters.map((c) => c.derived.length)),
      outlet: Uint32Array.from(derived, (d) => indexOf(lookups.outlets, d.outletId, 'outlet')),
      fromOutlet: Uint32Array.from(derived, (d) => indexOf(lookups.outlets, d.fromOutletId, 'outlet')),
      reuse: Uint32Array.from(derived, (d) => indexOf(lookups.reuse, d.reuseId, 'reuse')),
    },
    extra: clusters.map((c) => extraOf(c, CLUSTER_FIELDS)),
  };
}

function modalityList(clusters: readonly Cluster[]): ClusterColumns['modalities'] {
  const { offsets, values } = listColumn(
    clusters.map((c) => c.modalities),
    (m) => MODALITIES.indexOf(m),
  );
  return { offsets, values: Uint8Array.from(values) };
}

/** Cluster i of the columns as the bundle's object. */
export function clusterOfColumns(c: ClusterColumns, i: number, names: ReferenceNames): Cluster {
  const d = c.derived;
  const derived: Cluster['derived'] = [];
  for (let k = d.offsets[i]!; k < d.offsets[i + 1]!; k++) {
    const [outletId, fromOutletId] = [names.outletIds[d.outlet[k]!]!, names.outletIds[d.fromOutlet[k]!]!];
    derived.push({ outletId, fromOutletId, reuseId: names.reuseIds[d.reuse[k]!]! });
  }
  const cluster: Cluster = {
    id: c.id[i]!,
    type: PLOVER_TYPES[c.type[i]!]!,
    date: columnDate(c.day[i]!),
    datePrecision: DATE_PRECISIONS[c.datePrecision[i]!]!,
    actorIds: listValues(c.actors, i, (k) => names.actorIds[k]!),
    eventIds: listValues(c.events, i, (k) => names.eventIds[k]!),
    outletIds: listValues(c.outlets, i, (k) => names.outletIds[k]!),
    articleIds: listValues(c.articles, i, (k) => names.articleIds[k]!),
    modalities: listValues(c.modalities, i, (k) => MODALITIES[k]!),
    independentOutletIds: listValues(c.independentOutlets, i, (k) => names.outletIds[k]!),
    derived,
  };
  return withExtra(cluster, c.extra[i]);
}

/** Quotations as columns. */
export function quotesToColumns(quotes: readonly Quote[], lookups: ReferenceLookups): QuoteColumns {
  return {
    id: quotes.map((q) => q.id),
    article: Uint32Array.from(quotes, (q) => indexOf(lookups.articles, q.articleId, 'article')),
    speaker: Int32Array.from(quotes, (q) =>
      q.speakerId === null ? NO_CODE : indexOf(lookups.actors, q.speakerId, 'actor'),
    ),
    speakerText: quotes.map((q) => q.speakerText),
    start: Uint32Array.from(quotes, (q) => q.start),
    end: Uint32Array.from(quotes, (q) => q.end),
    text: quotes.map((q) => q.text),
    events: listColumn(
      quotes.map((q) => q.eventIds),
      (id) => indexOf(lookups.events, id, 'event'),
    ),
    extra: quotes.map((q) => extraOf(q, QUOTE_FIELDS)),
  };
}

/** Quotation i of the columns as the bundle's object. */
export function quoteOfColumns(c: QuoteColumns, i: number, names: ReferenceNames): Quote {
  const speaker = c.speaker[i]!;
  const quote: Quote = {
    id: c.id[i]!,
    articleId: names.articleIds[c.article[i]!]!,
    speakerId: speaker === NO_CODE ? null : names.actorIds[speaker]!,
    speakerText: c.speakerText[i]!,
    start: c.start[i]!,
    end: c.end[i]!,
    text: c.text[i]!,
    eventIds: listValues(c.events, i, (k) => names.eventIds[k]!),
  };
  return withExtra(quote, c.extra[i]);
}
