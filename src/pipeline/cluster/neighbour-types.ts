import type { PloverType } from '../../model/bundle-schema.ts';
import { TYPE_FAMILY } from '../../model/type-family.ts';

/**
 * Types of different families that outlets give to one act: a state's measures against another are a
 * sanction to one outlet ("expelled its diplomats", "banned imports") and coercion to another ("closed its
 * border", "restricted exports"). Reports of neighbouring types may be one event, as reports of one family are.
 */
const NEIGHBOURS: readonly (readonly [PloverType, PloverType])[] = [['SANCTION', 'COERCE']];

/** Whether two types of different families may be one event. */
export function neighbourTypes(a: PloverType, b: PloverType): boolean {
  for (const [x, y] of NEIGHBOURS) if ((a === x && b === y) || (a === y && b === x)) return true;
  return false;
}

/** The families a report of `type` looks for clusters in: its own, then its neighbours'. */
export function familiesToSearch(type: PloverType): string[] {
  const families = [TYPE_FAMILY[type]];
  for (const [x, y] of NEIGHBOURS) {
    if (x === type) families.push(TYPE_FAMILY[y]);
    if (y === type) families.push(TYPE_FAMILY[x]);
  }
  return [...new Set(families)];
}
