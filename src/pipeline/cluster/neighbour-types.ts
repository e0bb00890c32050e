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

/** The families a report of `type` looks for clusters in: its own, then its neighbours' (one array per type). */
export function familiesToSearch(type: PloverType): readonly string[] {
  let families = SEARCHED.get(type);
  if (!families) {
    const found = [TYPE_FAMILY[type]];
    for (const [x, y] of NEIGHBOURS) {
      if (x === type) found.push(TYPE_FAMILY[y]);
      if (y === type) found.push(TYPE_FAMILY[x]);
    }
    families = [...new Set(found)];
    SEARCHED.set(type, families);
  }
  return families;
}

const SEARCHED = new Map<PloverType, readonly string[]>();
