import { actorsClause } from './actors.ts';
import { datesClause } from './dates.ts';
import { minSourcesClause } from './min-sources.ts';
import { modalitiesClause } from './modalities.ts';
import { outletsClause } from './outlets.ts';
import { placesClause } from './places.ts';
import { searchClause } from './search.ts';
import { speakersClause } from './speakers.ts';
import { typesClause } from './types.ts';

/**
 * Every filter of the dashboard, in the order of their chips, URL parameters and export descriptions. A new
 * filter is a clause file and a line here; the filter state, URL, masks, chips, empty-view reasons and export
 * descriptions all follow from this list (`filters.ts`).
 */
export const CLAUSES = [
  actorsClause,
  datesClause,
  typesClause,
  outletsClause,
  modalitiesClause,
  searchClause,
  speakersClause,
  minSourcesClause,
  placesClause,
] as const;
