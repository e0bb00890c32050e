import { MODALITIES, type Modality, PLOVER_TYPES, type PloverType } from '../model/bundle-schema.ts';
import { type ActorMatch, sanitiseActorMatch } from './actor-clause.ts';
import { sanitisePlaces } from './place-clause.ts';

/** The shared filters: only serialisable values, mirrored in the URL. */
export type Filters = {
  actors: string[];
  /** How the chosen actors combine (see actor-clause.ts); "any" when absent from the URL. */
  actorMatch: ActorMatch;
  from: string | null;
  to: string | null;
  /**
   * Whether a date range also keeps events whose date the text does not state, by their article's publication
   * day. Off by default: a publication day is not the event's date.
   */
  publicationDates: boolean;
  types: PloverType[];
  outlets: string[];
  modalities: Modality[];
  query: string;
  /** Speaker keys (see `speakerKeyOf`): keeps events about which a chosen speaker is quoted. */
  speakers: string[];
  /** Keeps events whose cluster was reported by at least this many independent outlets (0 or 1: no filter). */
  minSources: number;
  /** Event location names chosen on the map (see place-clause.ts). */
  places: string[];
};

/** What the evidence panel shows: one event, a cluster, a network edge, or a coverage cell. */
export type Selection =
  | { kind: 'event'; eventId: string }
  | { kind: 'cluster'; clusterId: string }
  | { kind: 'edge'; source: string; target: string }
  | { kind: 'cell'; clusterId: string; outletId: string };

/** Timeline lanes: one row per event type, actor or outlet. */
export type LaneMode = 'type' | 'actor' | 'outlet';

export const EMPTY_FILTERS: Filters = {
  actors: [],
  actorMatch: 'any',
  from: null,
  to: null,
  publicationDates: false,
  types: [],
  outlets: [],
  modalities: [],
  query: '',
  speakers: [],
  minSources: 0,
  places: [],
};

/** Which filter a facet or a view leaves out when counting (crossfilter: a control is not filtered by itself). */
export type FilterKey = keyof Filters | 'date';

/** Whether any filter is set. */
export function hasActiveFilters(f: Filters): boolean {
  return (
    f.actors.length + f.types.length + f.outlets.length + f.modalities.length + f.speakers.length + f.places.length >
      0 ||
    f.minSources > 1 ||
    f.from !== null ||
    f.to !== null ||
    f.query.trim() !== ''
  );
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\p{L}\p{N}:._-]{1,120}$/u;

/** Keeps only well-formed values: unknown types, malformed dates and odd ids are dropped. */
export function sanitiseFilters(raw: Partial<Record<keyof Filters, unknown>>): Filters {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const day = sanitiseDay;
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  const actors = uniq(list(raw.actors).filter((x) => ID.test(x))).slice(0, 50);
  return {
    actors,
    actorMatch: sanitiseActorMatch(raw.actorMatch, actors),
    from: day(raw.from),
    to: day(raw.to),
    publicationDates: raw.publicationDates === true || raw.publicationDates === '1',
    types: uniq(list(raw.types).filter((x): x is PloverType => (PLOVER_TYPES as readonly string[]).includes(x))),
    outlets: uniq(list(raw.outlets).filter((x) => ID.test(x))).slice(0, 50),
    modalities: uniq(list(raw.modalities).filter((x): x is Modality => (MODALITIES as readonly string[]).includes(x))),
    query: typeof raw.query === 'string' ? raw.query.slice(0, 200) : '',
    speakers: uniq(list(raw.speakers).filter((x) => ID.test(x))).slice(0, 50),
    minSources: minSourcesOf(raw.minSources),
    places: sanitisePlaces(raw.places),
  };
}

/** A real YYYY-MM-DD day, or null for anything else. */
export function sanitiseDay(v: unknown): string | null {
  return typeof v === 'string' && ISO_DAY.test(v) && isRealDay(v) ? v : null;
}

/** A whole number from 0 to 50; anything else means no filter. */
function minSourcesOf(v: unknown): number {
  const n = typeof v === 'string' && /^\d{1,2}$/.test(v) ? Number(v) : typeof v === 'number' ? v : 0;
  return Number.isInteger(n) && n >= 0 && n <= 50 ? n : 0;
}

/** "2025-02-30" matches the pattern but is no day. */
function isRealDay(v: string): boolean {
  const ms = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === v;
}
