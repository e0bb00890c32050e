import type { BundleIndex } from '../../selectors/bundle-index.ts';
import { type ClauseDefinition, type ClauseNames, type ClauseOwner, lookupTable, readList } from './clause.ts';

/** What differs between the clauses that keep events whose one value is among the chosen ones. */
type ListClauseSpec<K extends string, F extends string, T extends string> = {
  key: K;
  /** The filter field holding the chosen values. */
  field: F;
  label: string;
  owners: readonly ClauseOwner[];
  /** The URL parameter. */
  param: string;
  /** Keeps a well-formed value. */
  accepts: (x: string) => x is T;
  /** Each event's value as an index (`index.type`, `index.outlet`...) and the index of a chosen value. */
  column: (index: BundleIndex) => ArrayLike<number>;
  indexOf: (index: BundleIndex, value: T) => number;
  size: (index: BundleIndex) => number;
  /** A chosen value in words. */
  name: (value: T, names: ClauseNames) => string;
  /** The chip's key prefix (`t:`, `o:`...). */
  chipPrefix: string;
  /** At most this many values are kept from a link. */
  max?: number;
};

/**
 * A clause over one categorical column (types, outlets, modalities): events whose value is among the chosen
 * ones; one chip per value.
 */
export function listClause<K extends string, F extends string, T extends string>(
  spec: ListClauseSpec<K, F, T>,
): ClauseDefinition<K, Record<F, T[]>> {
  const { field } = spec;
  const valuesOf = (v: Record<F, T[]>) => v[field];
  const withValues = (values: T[]) => ({ [field]: values }) as Record<F, T[]>;
  return {
    key: spec.key,
    label: spec.label,
    owners: spec.owners,
    empty: withValues([]),
    sanitise: (raw) => {
      const list = Array.isArray(raw[field]) ? (raw[field] as unknown[]) : [];
      const kept = list.filter((x): x is T => typeof x === 'string' && spec.accepts(x));
      return withValues([...new Set(kept)].slice(0, spec.max ?? 50));
    },
    read: (params) => ({ [field]: readList(params, spec.param) }) as Record<F, unknown>,
    write: (v, params) => {
      if (valuesOf(v).length) params.set(spec.param, valuesOf(v).join(','));
    },
    active: (v) => valuesOf(v).length > 0,
    compile: (index, v) => {
      if (valuesOf(v).length === 0) return null;
      const table = lookupTable(
        valuesOf(v).map((x) => spec.indexOf(index, x)),
        spec.size(index),
      );
      const column = spec.column(index);
      return (i) => table[column[i]!] === 1;
    },
    chips: (v, names) =>
      valuesOf(v).map((x) => ({
        key: `${spec.chipPrefix}${x}`,
        label: spec.name(x, names),
        without: withValues(valuesOf(v).filter((y) => y !== x)),
      })),
    describe: (v, names) =>
      `${spec.label}: ${valuesOf(v)
        .map((x) => spec.name(x, names))
        .join(', ')}`,
    slug: (v) => [[spec.param, valuesOf(v)]],
  };
}
