import { ID } from './clause.ts';
import { listClause } from './list-clause.ts';

/** Outlets: owned by the Outlets control (the comparison panel's outlet picks set the same clause). */
export const outletsClause = listClause({
  key: 'outlets',
  field: 'outlets',
  label: 'Outlets',
  owners: ['filter-bar'],
  param: 'outlets',
  accepts: (x): x is string => ID.test(x),
  column: (index) => index.outlet,
  // An outlet the bundle does not know matches no event.
  indexOf: (index, id) => index.outletIndex.get(id) ?? -1,
  size: (index) => index.outletIds.length,
  name: (id, names) => names.outlet(id),
  chipPrefix: 'o:',
});
