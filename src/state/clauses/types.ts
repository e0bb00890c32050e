import { PLOVER_TYPES, type PloverType } from '../../model/bundle-schema.ts';
import { listClause } from './list-clause.ts';

/** Event types (PLOVER): owned by the Event types control; the timeline's type lanes follow it. */
export const typesClause = listClause({
  key: 'types',
  field: 'types',
  label: 'Event types',
  owners: ['filter-bar'],
  param: 'types',
  accepts: (x): x is PloverType => (PLOVER_TYPES as readonly string[]).includes(x),
  column: (index) => index.type,
  indexOf: (_, t) => PLOVER_TYPES.indexOf(t),
  size: () => PLOVER_TYPES.length,
  name: (t) => t,
  chipPrefix: 't:',
});
