import { MODALITIES, PLOVER_TYPES } from '../model/bundle-schema.ts';
import type { FilterKey, Filters } from '../state/filters.ts';
import { type BundleIndex, dayNumber } from './bundle-index.ts';

/** Which events pass: a byte per event (1 = passes), and how many do. */
export type EventMask = { pass: Uint8Array; count: number };

/**
 * The events that pass every filter except `leaveOut` (crossfilter: a control's own counts, and the
 * timeline overview under its own brush, ignore that control). Actors match when the event involves any
 * chosen actor; the date range keeps events whose date lies inside it.
 */
export function selectEventMask(index: BundleIndex, filters: Filters, leaveOut: FilterKey | null = null): EventMask {
  const n = index.events.length;
  const pass = new Uint8Array(n);
  const actors = leaveOut === 'actors' ? null : lookup(filters.actors.map((id) => index.actorIndex.get(id) ?? -1), index.actorIds.length);
  const types = leaveOut === 'types' ? null : lookup(filters.types.map((t) => PLOVER_TYPES.indexOf(t)), PLOVER_TYPES.length);
  const outlets = leaveOut === 'outlets' ? null : lookup(filters.outlets.map((o) => index.outletIndex.get(o) ?? -1), index.outletIds.length);
  const modalities = leaveOut === 'modalities' ? null : lookup(filters.modalities.map((m) => MODALITIES.indexOf(m)), MODALITIES.length);
  const useDate = leaveOut !== 'date' && leaveOut !== 'from' && leaveOut !== 'to' && (filters.from !== null || filters.to !== null);
  const from = filters.from ? dayNumber(filters.from) : -Infinity;
  const to = filters.to ? dayNumber(filters.to) : Infinity;
  const query = leaveOut === 'query' ? '' : filters.query.trim().toLowerCase();
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (types && !types[index.type[i]!]) continue;
    if (outlets && !outlets[index.outlet[i]!]) continue;
    if (modalities && !modalities[index.modality[i]!]) continue;
    if (useDate) {
      const d = index.day[i]!;
      if (!(d >= from && d <= to)) continue;
    }
    if (actors && !involvesAny(index.actors[i]!, actors)) continue;
    if (query && !index.text[i]!.includes(query)) continue;
    pass[i] = 1;
    count++;
  }
  return { pass, count };
}

/** A lookup table for the chosen values, or null when none is chosen (no filtering). */
function lookup(indices: number[], size: number): Uint8Array | null {
  if (indices.length === 0) return null;
  const table = new Uint8Array(size);
  for (const i of indices) if (i >= 0) table[i] = 1;
  return table;
}

function involvesAny(actors: Uint32Array, chosen: Uint8Array): boolean {
  for (let k = 0; k < actors.length; k++) if (chosen[actors[k]!]) return true;
  return false;
}

/** Indices of passing events, in bundle order. */
export function passingEvents(mask: EventMask): Uint32Array {
  const out = new Uint32Array(mask.count);
  let k = 0;
  for (let i = 0; i < mask.pass.length; i++) if (mask.pass[i]) out[k++] = i;
  return out;
}
