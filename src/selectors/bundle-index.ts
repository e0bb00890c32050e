import { type Article, type Bundle, type Cluster, type DiplomaticEvent, MODALITIES, PLOVER_TYPES, type Quote } from '../model/bundle-schema.ts';

import { dayNumber, isoOfDay } from '../model/day-number.ts';

// Day arithmetic lives in the model; selectors and views have long imported it from here.
export { dayNumber, isoOfDay };

/**
 * Everything the views filter on, indexed once at load: typed arrays per event (day, type, modality,
 * outlet, cluster) and inverted lists per actor, so that a filter change is a few linear passes over
 * flat arrays even at 100,000 events.
 */
export type BundleIndex = {
  bundle: Bundle;
  events: DiplomaticEvent[];
  /** Day number of each event's date; NaN when it has none. */
  day: Float64Array;
  /** 1 when the event's date has a known precision (not a publication-date fallback). */
  dated: Uint8Array;
  /** 1 when the event's date is known to the day (the precision at which reports can disagree on it). */
  dayPrecise: Uint8Array;
  type: Uint8Array;
  modality: Uint8Array;
  outlet: Uint16Array;
  cluster: Uint32Array;
  /** Actor indices of each event (source then target): views into `actorList`. */
  actors: Uint32Array[];
  /**
   * All events' actor indices end to end: event i's are actorList[actorStart[i]] up to actorStart[i + 1].
   * Hot loops read these two flat arrays, not `actors`: a hundred thousand little arrays scattered over the
   * heap cost a cache miss each (the network's two passes took 8 ms at 25,000 events, then 2).
   */
  actorStart: Uint32Array;
  actorList: Uint32Array;
  /** How many of an event's actors (from the start of `actors`) are sources. */
  sourceCount: Uint8Array;
  /** Speaker indices (into `speakerKeys`) of the quotations about each event, end to end as `actorStart`/`actorList` hold actors. */
  speakerStart: Uint32Array;
  speakerList: Uint32Array;
  /** Independent outlets that reported each event's cluster (reuse of another's text discounted). */
  independent: Uint16Array;
  /** The speaker (index into `speakerKeys`) of each quotation, in bundle order. */
  quoteSpeaker: Uint32Array;
  /** One key per speaker: the actor id, or `unnamed:<how the text names them>` for anonymous sources. */
  speakerKeys: string[];
  speakerIndex: Map<string, number>;
  speakerName: Map<string, string>;
  /** Lower-cased evidence sentence of each event, for the text search. */
  text: string[];
  /** 1 when the event's article is fiction (the team's demo corpus), to mark it on every card and label. */
  fiction: Uint8Array;
  /** Each event's location as an index into `locationNames`; -1 when the event has none. */
  location: Int32Array;
  /** The distinct event locations, in order of first appearance. */
  locationNames: string[];
  locationIndex: Map<string, number>;
  actorIds: string[];
  actorIndex: Map<string, number>;
  outletIds: string[];
  outletIndex: Map<string, number>;
  eventIndex: Map<string, number>;
  clusterIndex: Map<string, number>;
  articles: Map<string, Article>;
  outletName: Map<string, string>;
  actorName: Map<string, string>;
  /** Events of each cluster, by cluster index: views into `clusterList`. */
  clusterEvents: Uint32Array[];
  /** Every cluster's events end to end, as `actorStart`/`actorList` hold actors (for the hot loops). */
  clusterStart: Uint32Array;
  clusterList: Uint32Array;
  /** PLOVER type (index into PLOVER_TYPES) of each cluster. */
  clusterType: Uint8Array;
  /** Day number of each cluster's date (NaN when undated or only known by publication date). */
  clusterDay: Float64Array;
  /** Cluster indices in date order, undated last. */
  clusterOrder: Uint32Array;
  /** Events with a day, in day order: a date range is a slice of it (found by binary search in `dayOrderDays`). */
  dayOrder: Uint32Array;
  /** The day of each event in `dayOrder`, ascending. */
  dayOrderDays: Float64Array;
  /** First and last dated day in the corpus. */
  extent: [number, number] | null;
};

/** Builds the index of a bundle; call once per loaded bundle. */
export function buildBundleIndex(bundle: Bundle): BundleIndex {
  const n = bundle.events.length;
  const actorIds = bundle.actors.map((a) => a.id);
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  const outletIds = bundle.outlets.map((o) => o.id);
  const outletIndex = new Map(outletIds.map((id, i) => [id, i]));
  const clusterIndex = new Map(bundle.clusters.map((c, i) => [c.id, i]));
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const typeIndex = new Map(PLOVER_TYPES.map((t, i) => [t, i]));
  const modalityIndex = new Map(MODALITIES.map((m, i) => [m, i]));
  const index: BundleIndex = {
    bundle,
    events: bundle.events,
    day: new Float64Array(n),
    dated: new Uint8Array(n),
    dayPrecise: new Uint8Array(n),
    type: new Uint8Array(n),
    modality: new Uint8Array(n),
    outlet: new Uint16Array(n),
    cluster: new Uint32Array(n),
    actors: new Array<Uint32Array>(n),
    actorStart: new Uint32Array(n + 1),
    actorList: new Uint32Array(0),
    sourceCount: new Uint8Array(n),
    text: new Array<string>(n),
    fiction: new Uint8Array(n),
    location: new Int32Array(n),
    locationNames: [],
    locationIndex: new Map(),
    quoteSpeaker: new Uint32Array(0),
    speakerStart: new Uint32Array(n + 1),
    speakerList: new Uint32Array(0),
    independent: new Uint16Array(n),
    speakerKeys: [],
    speakerIndex: new Map(),
    speakerName: new Map(),
    actorIds,
    actorIndex,
    outletIds,
    outletIndex,
    eventIndex: new Map(),
    clusterIndex,
    articles,
    outletName: new Map(bundle.outlets.map((o) => [o.id, o.name])),
    actorName: new Map(bundle.actors.map((a) => [a.id, a.name])),
    clusterEvents: [],
    clusterStart: new Uint32Array(0),
    clusterList: new Uint32Array(0),
    clusterType: Uint8Array.from(bundle.clusters, (c) => typeIndex.get(c.type) ?? 0),
    clusterDay: new Float64Array(bundle.clusters.length),
    clusterOrder: new Uint32Array(bundle.clusters.length),
    dayOrder: new Uint32Array(0),
    dayOrderDays: new Float64Array(0),
    extent: null,
  };
  let min = Infinity;
  let max = -Infinity;
  bundle.events.forEach((e, i) => {
    index.eventIndex.set(e.id, i);
    const d = e.date ? dayNumber(e.date) : NaN;
    index.day[i] = d;
    index.dated[i] = e.datePrecision === 'unknown' ? 0 : 1;
    index.dayPrecise[i] = e.datePrecision === 'day' && !Number.isNaN(d) ? 1 : 0;
    if (e.datePrecision !== 'unknown' && !Number.isNaN(d)) {
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    index.type[i] = typeIndex.get(e.type)!;
    index.modality[i] = modalityIndex.get(e.modality)!;
    const article = known(articles, e.articleId, 'article', e.id);
    index.outlet[i] = known(outletIndex, article.outletId, 'outlet', e.id);
    index.cluster[i] = known(clusterIndex, e.clusterId, 'cluster', e.id);
    index.actors[i] = Uint32Array.from(uniqueActors(e), (id) => known(actorIndex, id, 'actor', e.id));
    index.sourceCount[i] = new Set(e.source).size;
    index.text[i] = e.evidence.text.toLowerCase();
    index.fiction[i] = article.fiction ? 1 : 0;
    index.location[i] = e.location === null ? -1 : codeOf(index.locationIndex, index.locationNames, e.location);
  });
  [index.actorStart, index.actorList, index.actors] = flatten(index.actors);
  [index.clusterStart, index.clusterList, index.clusterEvents] = flatten(groupByCluster(bundle.clusters, index.cluster));
  const speakersPerEvent = indexSpeakers(index, bundle.quotes);
  [index.speakerStart, index.speakerList] = flatten(speakersPerEvent);
  index.independent = Uint16Array.from(index.cluster, (c) => bundle.clusters[c]?.independentOutletIds.length ?? 0);
  bundle.clusters.forEach((c, i) => {
    index.clusterDay[i] = c.date && c.datePrecision !== 'unknown' ? dayNumber(c.date) : NaN;
  });
  const undatedLast = (c: number) => (Number.isNaN(index.clusterDay[c]!) ? Infinity : index.clusterDay[c]!);
  index.clusterOrder = Uint32Array.from(bundle.clusters.keys()).sort((a, b) => undatedLast(a) - undatedLast(b) || a - b);
  index.dayOrder = Uint32Array.from(index.day.keys()).filter((i) => !Number.isNaN(index.day[i]!)).sort((a, b) => index.day[a]! - index.day[b]! || a - b);
  index.dayOrderDays = Float64Array.from(index.dayOrder, (i) => index.day[i]!);
  index.extent = min <= max ? [min, max] : null;
  return index;
}

/**
 * The entry of an id the bundle must know. The schema checks references, so a miss is a broken bundle: an
 * error that names it, not index 0 (which would file the event under the first actor, outlet or cluster).
 */
function known<T>(map: Map<string, T>, id: string, what: string, eventId: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`event "${eventId}" names an unknown ${what} "${id}"`);
  return found;
}

/** The code of a name in a growing list of distinct names, adding it when new. */
function codeOf(codes: Map<string, number>, names: string[], name: string): number {
  let code = codes.get(name);
  if (code === undefined) {
    code = names.length;
    names.push(name);
    codes.set(name, code);
  }
  return code;
}

/** The key a speaker filter uses for a quotation's speaker. */
export function speakerKeyOf(q: Pick<Quote, 'speakerId' | 'speakerText'>): string {
  if (q.speakerId) return q.speakerId;
  const words = q.speakerText.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? ['unattributed'];
  return `unnamed:${words.join('-').slice(0, 100)}`;
}

/** Keys each quotation's speaker once (the key is a lower-cased regex match: not for every filter change); returns each event's speakers. */
function indexSpeakers(index: BundleIndex, quotes: Quote[]): Uint32Array[] {
  const perEvent = new Map<number, Set<number>>();
  index.quoteSpeaker = new Uint32Array(quotes.length);
  for (const [qi, q] of quotes.entries()) {
    const key = speakerKeyOf(q);
    let k = index.speakerIndex.get(key);
    if (k === undefined) {
      k = index.speakerKeys.length;
      index.speakerKeys.push(key);
      index.speakerIndex.set(key, k);
      index.speakerName.set(key, q.speakerId ? (index.actorName.get(q.speakerId) ?? q.speakerId) : `${q.speakerText} (unnamed)`);
    }
    index.quoteSpeaker[qi] = k;
    for (const id of q.eventIds) {
      const e = index.eventIndex.get(id);
      if (e === undefined) continue;
      let set = perEvent.get(e);
      if (!set) perEvent.set(e, (set = new Set()));
      set.add(k);
    }
  }
  const none = new Uint32Array(0);
  return Array.from({ length: index.events.length }, (_, i) => {
    const set = perEvent.get(i);
    return set ? Uint32Array.from(set) : none;
  });
}

/** Lists laid end to end in one array, with each list's start; the lists become views into it. */
function flatten(lists: Uint32Array[]): [Uint32Array, Uint32Array, Uint32Array[]] {
  const start = new Uint32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const flat = new Uint32Array(start[lists.length]!);
  lists.forEach((list, i) => flat.set(list, start[i]));
  return [start, flat, lists.map((_, i) => flat.subarray(start[i], start[i + 1]))];
}

function uniqueActors(e: DiplomaticEvent): string[] {
  return [...new Set([...e.source, ...e.target])];
}

function groupByCluster(clusters: Cluster[], clusterOf: Uint32Array): Uint32Array[] {
  const counts = new Uint32Array(clusters.length);
  for (const c of clusterOf) counts[c]!++;
  const lists = Array.from(counts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(clusters.length);
  clusterOf.forEach((c, i) => {
    lists[c]![fill[c]!++] = i;
  });
  return lists;
}
