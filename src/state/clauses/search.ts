import type { ClauseDefinition } from './clause.ts';

/** The text search: events whose evidence sentence contains the words typed (case-insensitive). */
export const searchClause: ClauseDefinition<'query', { query: string }> = {
  key: 'query',
  label: 'Search',
  owners: ['filter-bar'],
  empty: { query: '' },
  sanitise: (raw) => ({ query: typeof raw.query === 'string' ? raw.query.slice(0, 200) : '' }),
  read: (params) => ({ query: params.get('q') ?? '' }),
  write: (v, params) => {
    if (v.query.trim()) params.set('q', v.query);
  },
  active: (v) => v.query.trim() !== '',
  compile: (index, v) => {
    const query = v.query.trim().toLowerCase();
    if (!query) return null;
    const { text } = index;
    return (i) => text[i]!.includes(query);
  },
  chips: (v) => [{ key: 'q', label: `“${v.query.trim()}”`, without: { query: '' } }],
  describe: (v) => `Search: "${v.query.trim()}"`,
  slug: (v) => [['q', v.query.trim() ? [v.query.trim()] : []]],
};
