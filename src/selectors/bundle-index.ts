import type { Article, Bundle, DiplomaticEvent, Quote } from '../model/bundle-schema.ts';
import type { BundleColumns, ListColumn } from '../model/columns/column-layout.ts';
import { NO_CODE } from '../model/columns/column-layout.ts';
import type { Rows } from '../model/columns/lazy-rows.ts';
import { type LoadedBundle, loadedBundleOf } from '../model/columns/loaded-bundle.ts';
import { allStrings } from '../model/columns/utf8-column.ts';
import { dayNumber, isoOfDay } from '../model/day-number.ts';
import { buildIndexArrays, checkIndexArrays, type IndexArrays } from './index-arrays.ts';

// Day arithmetic lives in the model; selectors and views have long imported it from here.
export { dayNumber, isoOfDay };

/**
 * Everything the views filter on, indexed once at load from the bundle's columns: typed arrays per event
 * (day, type, modality, outlet, cluster) and lists end to end per event and per cluster, so that a filter
 * change is a few linear passes over flat arrays even at a million events. The index is built from
 * immutable parts (events, actors, clusters, days, speakers) and nothing in it changes afterwards; event
 * objects, the id lookups and the search text are made when first asked for.
 */
export type BundleIndex = EventPart &
  ActorPart &
  ClusterPart &
  DayPart &
  SpeakerPart &
  NamePart & {
    bundle: LoadedBundle;
    /** Event objects, made when a view reads one. */
    events: Rows<DiplomaticEvent>;
    /** Each event's id and each cluster's id, read without making the objects. */
    eventIds: readonly string[];
    clusterIds: readonly string[];
    /** Index of each event id (built on first use). */
    readonly eventIndex: ReadonlyMap<string, number>;
    /** Index of each cluster id (built on first use). */
    readonly clusterIndex: ReadonlyMap<string, number>;
    /** Lower-cased evidence sentence of each event, for the text search (built on first use). */
    readonly text: readonly string[];
  };

type EventPart = {
  /** Number of events (reports). */
  eventCount: number;
  type: Uint8Array;
  modality: Uint8Array;
  outlet: Uint16Array;
  /** Index into `bundle.articles` of each event's article. */
  article: Uint32Array;
  cluster: Uint32Array;
  /** 1 when the event's article is fiction (the team's demo corpus), to mark it on every card and label. */
  fiction: Uint8Array;
  /** Each event's location as an index into `locationNames`; -1 when the event has none. */
  location: Int32Array;
  /** The distinct event locations, in order of first appearance. */
  locationNames: readonly string[];
  locationIndex: ReadonlyMap<string, number>;
};

type ActorPart = {
  /**
   * All events' actor indices (sources, then targets not among them) end to end: event i's are
   * actorList[actorStart[i]] up to actorStart[i + 1]. Hot loops read these two flat arrays.
   */
  actorStart: Uint32Array;
  actorList: Uint32Array;
  /** How many of an event's actors (from the start of its list) are sources. */
  sourceCount: Uint8Array;
  /** Event i's actor indices, a view into `actorList`. */
  actorsOf(event: number): Uint32Array;
  /** Each event's sources and targets as the bundle lists them (order kept, an actor on both sides in both). */
  sources: ListColumn;
  targets: ListColumn;
};

type ClusterPart = {
  clusterCount: number;
  /** Every cluster's events end to end (in event order), as `actorStart`/`actorList` hold actors. */
  clusterStart: Uint32Array;
  clusterList: Uint32Array;
  /** Cluster c's events, a view into `clusterList`. */
  clusterEventsOf(cluster: number): Uint32Array;
  /** PLOVER type (index into PLOVER_TYPES) of each cluster. */
  clusterType: Uint8Array;
  /** Day number of each cluster's date (NaN when undated or only known by publication date). */
  clusterDay: Float64Array;
  /** Cluster indices in date order, undated last. */
  clusterOrder: Uint32Array;
  /** Independent outlets that reported each event's cluster (reuse of another's text discounted). */
  independent: Uint16Array;
};

type DayPart = {
  /** Day number of each event's date; NaN when it has none. */
  day: Float64Array;
  /** Index into DATE_PRECISIONS of each event's date precision. */
  precision: Uint8Array;
  /** 1 when the event's date has a known precision (not a publication-date fallback). */
  dated: Uint8Array;
  /** 1 when the event's date is known to the day (the precision at which reports can disagree on it). */
  dayPrecise: Uint8Array;
  /** Events with a day, in day order: a date range is a slice of it (found by binary search in `dayOrderDays`). */
  dayOrder: Uint32Array;
  /** The day of each event in `dayOrder`, ascending. */
  dayOrderDays: Float64Array;
  /** First and last dated day in the corpus. */
  extent: [number, number] | null;
};

type SpeakerPart = {
  /** Speaker indices (into `speakerKeys`) of the quotations about each event, end to end as `actorStart`/`actorList` hold actors. */
  speakerStart: Uint32Array;
  speakerList: Uint32Array;
  /** The speaker (index into `speakerKeys`) of each quotation, in bundle order. */
  quoteSpeaker: Uint32Array;
  /** One key per speaker: the actor id, or `unnamed:<how the text names them>` for anonymous sources. */
  speakerKeys: readonly string[];
  speakerIndex: ReadonlyMap<string, number>;
  speakerName: ReadonlyMap<string, string>;
};

type NamePart = {
  actorIds: readonly string[];
  actorIndex: ReadonlyMap<string, number>;
  outletIds: readonly string[];
  outletIndex: ReadonlyMap<string, number>;
  articles: ReadonlyMap<string, Article>;
  outletName: ReadonlyMap<string, string>;
  actorName: ReadonlyMap<string, string>;
};

/**
 * Builds the index of a bundle (a whole one, as tests and the JSON route have, or one loaded as columns);
 * call once per loaded bundle. `arrays` are its typed arrays when the bundle worker built them already
 * (checked against the columns); without them they are built here.
 */
export function buildBundleIndex(source: Bundle | LoadedBundle, arrays?: IndexArrays): BundleIndex {
  const bundle = 'columns' in source ? source : loadedBundleOf(source);
  const { columns } = bundle;
  const a = arrays ? checkIndexArrays(arrays, columns) : buildIndexArrays(columns);
  const names = indexNames(bundle);
  const speakers = indexSpeakers(columns, names);
  const lazy = lazyParts(columns);
  const c = columns.events;
  const { actorStart, actorList, clusterStart, clusterList } = a;
  return {
    bundle,
    events: bundle.events,
    eventIds: c.id,
    clusterIds: columns.clusters.id,
    ...names,
    eventCount: a.eventCount,
    type: c.type,
    modality: c.modality,
    outlet: a.outlet,
    article: c.article,
    cluster: c.cluster,
    fiction: a.fiction,
    location: c.location.codes,
    locationNames: c.location.values,
    locationIndex: positionsOf(c.location.values),
    actorStart,
    actorList,
    sourceCount: a.sourceCount,
    actorsOf: (i) => actorList.subarray(actorStart[i], actorStart[i + 1]),
    sources: c.source,
    targets: c.target,
    clusterCount: a.clusterCount,
    clusterStart,
    clusterList,
    clusterEventsOf: (k) => clusterList.subarray(clusterStart[k], clusterStart[k + 1]),
    clusterType: columns.clusters.type,
    clusterDay: a.clusterDay,
    clusterOrder: a.clusterOrder,
    independent: a.independent,
    day: a.day,
    precision: c.datePrecision,
    dated: a.dated,
    dayPrecise: a.dayPrecise,
    dayOrder: a.dayOrder,
    dayOrderDays: a.dayOrderDays,
    extent: a.extent,
    ...speakers,
    get eventIndex() {
      return lazy.eventIndex();
    },
    get clusterIndex() {
      return lazy.clusterIndex();
    },
    get text() {
      return lazy.text();
    },
  };
}

function indexNames(bundle: LoadedBundle): NamePart {
  const actorIds = bundle.actors.map((a) => a.id);
  const outletIds = bundle.outlets.map((o) => o.id);
  return {
    actorIds,
    actorIndex: positionsOf(actorIds),
    outletIds,
    outletIndex: positionsOf(outletIds),
    articles: new Map(bundle.articles.map((a) => [a.id, a])),
    outletName: new Map(bundle.outlets.map((o) => [o.id, o.name])),
    actorName: new Map(bundle.actors.map((a) => [a.id, a.name])),
  };
}

/** The key a speaker filter uses for a quotation's speaker. */
export function speakerKeyOf(q: Pick<Quote, 'speakerId' | 'speakerText'>): string {
  if (q.speakerId) return q.speakerId;
  const words = q.speakerText.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? ['unattributed'];
  return `unnamed:${words.join('-').slice(0, 100)}`;
}

/** Keys each quotation's speaker once (the key is a lower-cased regex match: not for every filter change), and lists each event's speakers. */
function indexSpeakers(columns: BundleColumns, names: NamePart): SpeakerPart {
  const q = columns.quotes;
  const speakerKeys: string[] = [];
  const speakerIndex = new Map<string, number>();
  const speakerName = new Map<string, string>();
  const quoteSpeaker = new Uint32Array(q.id.length);
  const perEvent = new Map<number, Set<number>>();
  for (let qi = 0; qi < q.id.length; qi++) {
    const speakerId = q.speaker[qi] === NO_CODE ? null : names.actorIds[q.speaker[qi]!]!;
    const key = speakerKeyOf({ speakerId, speakerText: q.speakerText[qi]! });
    let k = speakerIndex.get(key);
    if (k === undefined) {
      k = speakerKeys.push(key) - 1;
      speakerIndex.set(key, k);
      speakerName.set(
        key,
        speakerId ? (names.actorName.get(speakerId) ?? speakerId) : `${q.speakerText[qi]} (unnamed)`,
      );
    }
    quoteSpeaker[qi] = k;
    for (let j = q.events.offsets[qi]!; j < q.events.offsets[qi + 1]!; j++) {
      const e = q.events.values[j]!;
      let set = perEvent.get(e);
      if (!set) perEvent.set(e, (set = new Set()));
      set.add(k);
    }
  }
  const [speakerStart, speakerList] = endToEnd(columns.events.id.length, perEvent);
  return { speakerStart, speakerList, quoteSpeaker, speakerKeys, speakerIndex, speakerName };
}

/** Sets of some rows laid end to end with each row's start (rows without a set are empty). */
function endToEnd(rows: number, sets: Map<number, Set<number>>): [Uint32Array, Uint32Array] {
  const start = new Uint32Array(rows + 1);
  for (let i = 0; i < rows; i++) start[i + 1] = start[i]! + (sets.get(i)?.size ?? 0);
  const list = new Uint32Array(start[rows]!);
  for (const [i, set] of sets) list.set([...set], start[i]);
  return [start, list];
}

/** The parts few views need, built on first use: at a million events each costs a noticeable time and memory. */
function lazyParts(columns: BundleColumns) {
  let eventIndex: Map<string, number> | undefined;
  let clusterIndex: Map<string, number> | undefined;
  let text: string[] | undefined;
  return {
    eventIndex: () => (eventIndex ??= positionsOf(columns.events.id)),
    clusterIndex: () => (clusterIndex ??= positionsOf(columns.clusters.id)),
    text: () => (text ??= allStrings(columns.events.evidenceText).map((t) => t.toLowerCase())),
  };
}

function positionsOf(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}
