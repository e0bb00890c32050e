import { type Corpus, corpusFromSearch } from './corpus.ts';
import {
  type Filters,
  type LaneMode,
  readFilters,
  type Selection,
  sanitiseDay,
  sanitiseFilters,
  writeFilters,
} from './filters.ts';
import {
  type ComparisonTab,
  DEFAULT_COMPARISON_TAB,
  sanitiseComparisonTab,
  type TimelineWindow,
  timelineWindowFromParam,
  timelineWindowToParam,
} from './view-settings.ts';

// The corpus lives in its own module, which the page's first script reads without the filters.
export { type Corpus, corpusFromSearch };

/** Everything a shared link restores. */
export type UrlState = {
  filters: Filters;
  selection: Selection | null;
  lanes: LaneMode;
  collapsePeople: boolean;
  asOf: string | null;
  /** The outlet comparison's tab. */
  comparisonTab: ComparisonTab;
  /** The days the timeline shows; null: where it opens by itself. */
  timelineWindow: TimelineWindow | null;
};

/** What a query string is written from: the tab and the window may be left out (a filters-only description). */
export type UrlStateToWrite = Omit<UrlState, 'comparisonTab' | 'timelineWindow'> &
  Partial<Pick<UrlState, 'comparisonTab' | 'timelineWindow'>>;

/** Writes filters, selection and view settings as a query string; empty and default values are left out. */
export function toQueryString(state: UrlStateToWrite): string {
  const { filters, selection, lanes, collapsePeople, asOf, comparisonTab, timelineWindow } = state;
  const params = new URLSearchParams();
  writeFilters(filters, params);
  if (selection) params.set('sel', selectionToParam(selection));
  if (lanes !== 'type') params.set('lanes', lanes);
  if (collapsePeople) params.set('collapse', '1');
  if (asOf) params.set('asof', asOf);
  if (comparisonTab && comparisonTab !== DEFAULT_COMPARISON_TAB) params.set('tab', comparisonTab);
  if (timelineWindow) params.set('view', timelineWindowToParam(timelineWindow));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads a query string; hostile or malformed values fall back to defaults instead of failing. */
export function fromQueryString(search: string): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const filters = sanitiseFilters(readFilters(params));
  const lanesParam = params.get('lanes');
  const lanes: LaneMode = lanesParam === 'actor' || lanesParam === 'outlet' ? lanesParam : 'type';
  return {
    filters,
    selection: selectionFromParam(params.get('sel')),
    lanes,
    collapsePeople: params.get('collapse') === '1',
    asOf: sanitiseDay(params.get('asof')),
    comparisonTab: sanitiseComparisonTab(params.get('tab')),
    timelineWindow: timelineWindowFromParam(params.get('view')),
  };
}

function selectionToParam(s: Selection): string {
  switch (s.kind) {
    case 'event':
      return `event:${s.eventId}`;
    case 'cluster':
      return `cluster:${s.clusterId}`;
    case 'edge':
      return `edge:${s.source}~${s.target}`;
    case 'cell':
      return `cell:${s.clusterId}~${s.outletId}`;
  }
}

// Ids come from file names and may hold spaces or brackets; "~" separates the two parts, control characters never belong.
const SAFE = /^[^~\p{Cc}<>]{1,200}$/u;

function selectionFromParam(param: string | null): Selection | null {
  if (!param) return null;
  const at = param.indexOf(':');
  const kind = param.slice(0, at);
  const rest = param.slice(at + 1);
  const [a, b] = rest.split('~');
  if (!a || !SAFE.test(a) || (b !== undefined && !SAFE.test(b))) return null;
  if (kind === 'event' && b === undefined) return { kind, eventId: a };
  if (kind === 'cluster' && b === undefined) return { kind, clusterId: a };
  if (kind === 'edge' && b) return { kind, source: a, target: b };
  if (kind === 'cell' && b) return { kind, clusterId: a, outletId: b };
  return null;
}

/** A view's query string with the corpus in front (left out for the default), so links keep their corpus. */
export function withCorpus(search: string, corpus: Corpus): string {
  if (corpus === 'seeds') return search;
  return search ? `?corpus=${corpus}&${search.slice(1)}` : `?corpus=${corpus}`;
}
