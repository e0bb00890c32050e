import { MODALITIES, type Modality } from '../../model/bundle-schema.ts';
import { listClause } from './list-clause.ts';

/** Modality (occurred, planned, hoped for...): owned by the Modality buttons of the filter bar. */
export const modalitiesClause = listClause({
  key: 'modalities',
  field: 'modalities',
  label: 'Modality',
  owners: ['filter-bar'],
  param: 'modality',
  accepts: (x): x is Modality => (MODALITIES as readonly string[]).includes(x),
  column: (index) => index.modality,
  indexOf: (_, m) => MODALITIES.indexOf(m),
  size: () => MODALITIES.length,
  name: (m) => m,
  chipPrefix: 'm:',
});
