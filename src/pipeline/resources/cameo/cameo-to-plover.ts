import { PLOVER_TYPES, type PloverType } from '../../../model/bundle-schema.ts';

/** The PLOVER type and mode a CAMEO code maps to. */
export type PloverMapping = { type: PloverType; mode: string | null };

/** Parses `CAMEO2PLOVER-2021.txt` (`0841: RETREAT, release, legal # Return, release person(s)`) into code -> mapping. */
export function parseCameoToPlover(text: string): Map<string, PloverMapping> {
  const table = new Map<string, PloverMapping>();
  for (const rawLine of text.split('\n')) {
    const m = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*)/.exec(rawLine);
    // Two-digit lines ("03: AGREE") head a family; only full codes are mapped.
    if (!m || !isPloverType(m[2]!)) continue;
    const mode = m[3]!.trim();
    // A repeated code (175 is listed twice) keeps its first mapping.
    if (!table.has(m[1]!)) table.set(m[1]!, { type: m[2]!, mode: mode || null });
  }
  return table;
}

function isPloverType(word: string): word is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(word);
}

/**
 * The mapping of a code: the table's own row, else its three-digit parent's (CAMEO codes are a hierarchy: a
 * dictionary code the table lacks, such as a fourth-level variant, inherits its parent's type), else null (01x
 * statements and 02x appeals are not in the table: they are not PLOVER events).
 */
export function ploverOf(code: string, table: Map<string, PloverMapping>): PloverMapping | null {
  return table.get(code) ?? (code.length === 4 ? (table.get(code.slice(0, 3)) ?? null) : null);
}
