import { create } from 'zustand';
import type { Modality, PloverType } from '../model/bundle-schema.ts';
import { type ActorClause, withActorMatch } from './clauses/actors.ts';
import { togglePlaces } from './clauses/places.ts';
import { EMPTY_FILTERS, type Filters, type LaneMode, type Selection } from './filters.ts';
import type { UrlState } from './url-state.ts';
import { type ComparisonTab, DEFAULT_COMPARISON_TAB, type TimelineWindow } from './view-settings.ts';

/** The one store of UI state: filters, the evidence selection and the timeline's lane mode. */
export type FiltersState = Filters & {
  selection: Selection | null;
  lanes: LaneMode;
  /** The network shows people inside their states (edges then stand for state-to-state events). */
  collapsePeople: boolean;
  /** The day the Promises view looks from (YYYY-MM-DD); null means the latest publication in the bundle. */
  asOf: string | null;
  /** The outlet comparison's open tab. */
  comparisonTab: ComparisonTab;
  /**
   * The days the timeline's detail shows, as the timeline last reported them (or as a link asked); null until
   * the timeline moves from where it opens by itself.
   */
  timelineWindow: TimelineWindow | null;
  setActors: (ids: string[]) => void;
  toggleActor: (id: string) => void;
  /** Sets the chosen actors and how they combine (the Match control, a pair chip). */
  setActorClause: (clause: ActorClause) => void;
  setDateRange: (from: string | null, to: string | null) => void;
  /** Whether date ranges also keep events dated only by their article's publication day. */
  setPublicationDates: (on: boolean) => void;
  setTypes: (types: PloverType[]) => void;
  toggleType: (type: PloverType) => void;
  setOutlets: (ids: string[]) => void;
  toggleOutlet: (id: string) => void;
  setModalities: (modalities: Modality[]) => void;
  toggleModality: (modality: Modality) => void;
  setQuery: (query: string) => void;
  setSpeakers: (keys: string[]) => void;
  toggleSpeaker: (key: string) => void;
  setMinSources: (n: number) => void;
  setPlaces: (names: string[]) => void;
  /** A click on a map site: toggles the location names drawn at it (clauses/places.ts). */
  togglePlaces: (names: string[]) => void;
  /** Sets some filter values at once (a chip's removal gives the values its clause is left with). */
  setFilters: (values: Partial<Filters>) => void;
  setLanes: (lanes: LaneMode) => void;
  setCollapsePeople: (collapse: boolean) => void;
  setAsOf: (asOf: string | null) => void;
  setComparisonTab: (tab: ComparisonTab) => void;
  setTimelineWindow: (window: TimelineWindow | null) => void;
  select: (selection: Selection | null) => void;
  /**
   * Clears every filter and the selection; view settings (lanes, collapse, as-of day, comparison tab, timeline
   * window) are how to look, not what, and stay.
   */
  reset: () => void;
  /** Replaces filters, selection and view settings at once (from the URL). */
  restore: (view: UrlState) => void;
};

const toggle = <T>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const useFiltersStore = create<FiltersState>((set) => ({
  ...EMPTY_FILTERS,
  selection: null,
  lanes: 'type',
  collapsePeople: false,
  asOf: null,
  comparisonTab: DEFAULT_COMPARISON_TAB,
  timelineWindow: null,
  // A direction lost by choosing a third actor or dropping one becomes "between all of".
  setActors: (actors) => set((s) => withActorMatch(actors, s.actorMatch)),
  toggleActor: (id) => set((s) => withActorMatch(toggle(s.actors, id), s.actorMatch)),
  setActorClause: ({ actors, actorMatch }) => set(withActorMatch(actors, actorMatch)),
  setDateRange: (from, to) => set({ from, to }),
  setPublicationDates: (publicationDates) => set({ publicationDates }),
  setTypes: (types) => set({ types }),
  toggleType: (type) => set((s) => ({ types: toggle(s.types, type) })),
  setOutlets: (outlets) => set({ outlets }),
  toggleOutlet: (id) => set((s) => ({ outlets: toggle(s.outlets, id) })),
  setModalities: (modalities) => set({ modalities }),
  toggleModality: (modality) => set((s) => ({ modalities: toggle(s.modalities, modality) })),
  setQuery: (query) => set({ query }),
  setSpeakers: (speakers) => set({ speakers }),
  toggleSpeaker: (key) => set((s) => ({ speakers: toggle(s.speakers, key) })),
  setMinSources: (minSources) => set({ minSources }),
  setPlaces: (places) => set({ places }),
  togglePlaces: (names) => set((s) => ({ places: togglePlaces(s.places, names) })),
  setFilters: (values) => set(values),
  setLanes: (lanes) => set({ lanes }),
  setCollapsePeople: (collapsePeople) => set({ collapsePeople }),
  setAsOf: (asOf) => set({ asOf }),
  setComparisonTab: (comparisonTab) => set({ comparisonTab }),
  setTimelineWindow: (timelineWindow) => set({ timelineWindow }),
  select: (selection) => set({ selection }),
  reset: () => set({ ...EMPTY_FILTERS, selection: null }),
  restore: ({ filters, selection, lanes, collapsePeople, asOf, comparisonTab, timelineWindow }) =>
    set({ ...filters, selection, lanes, collapsePeople, asOf, comparisonTab, timelineWindow }),
}));
