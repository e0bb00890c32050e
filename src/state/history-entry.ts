import { toQueryString, type UrlState } from './url-state.ts';

/**
 * How a new state goes into the browser history: its own entry (Back returns to the state before), or in
 * place of the current one. Moving the timeline window and typing a search emit a state per frame or per key,
 * and an entry for each would make Back useless; every other change (filters, selection, tab, lanes) is a step.
 */
export function historyWrite(last: UrlState, next: UrlState): 'push' | 'replace' {
  const nextWithLastDrift = {
    ...next,
    filters: { ...next.filters, query: last.filters.query },
    timelineWindow: last.timelineWindow,
  };
  return toQueryString(nextWithLastDrift) === toQueryString(last) ? 'replace' : 'push';
}
