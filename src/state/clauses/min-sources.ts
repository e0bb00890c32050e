import type { ClauseDefinition } from './clause.ts';

/**
 * Corroboration: keeps events whose cluster was reported by at least this many independent outlets (reuse of
 * another's text discounted). 0 or 1 means no filter. Owned by the Independent sources control.
 */
export const minSourcesClause: ClauseDefinition<'minSources', { minSources: number }> = {
  key: 'minSources',
  label: 'Independent sources',
  owners: ['filter-bar'],
  empty: { minSources: 0 },
  sanitise: (raw) => ({ minSources: minSourcesOf(raw.minSources) }),
  read: (params) => ({ minSources: params.get('sources') ?? 0 }),
  write: (v, params) => {
    if (v.minSources > 1) params.set('sources', String(v.minSources));
  },
  active: (v) => v.minSources > 1,
  compile: (index, v) => {
    if (v.minSources <= 1) return null;
    const { independent } = index;
    return (i) => independent[i]! >= v.minSources;
  },
  chips: (v) => [{ key: 'n', label: `${v.minSources}+ independent sources`, without: { minSources: 0 } }],
  describe: (v) => `At least ${v.minSources} independent outlets`,
  slug: (v) => [['sources', v.minSources > 1 ? [v.minSources] : []]],
};

/** A whole number from 0 to 50; anything else means no filter. */
function minSourcesOf(v: unknown): number {
  const n = typeof v === 'string' && /^\d{1,2}$/.test(v) ? Number(v) : typeof v === 'number' ? v : 0;
  return Number.isInteger(n) && n >= 0 && n <= 50 ? n : 0;
}
