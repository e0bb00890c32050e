import type { LoadedBundle } from '../model/columns/loaded-bundle.ts';
import type { BundleIndex } from '../selectors/bundle-index.ts';
import { clauseNames, describeClauses, type Filters, slugParts } from '../state/filters.ts';
import { type Corpus, toQueryString } from '../state/url-state.ts';

/** What an export says about itself: which bundle, which filters, when, how many rows. */
export type ExportMeta = {
  app: 'Parley';
  /** Which bundle file the page loaded, and what it holds. */
  bundleName: string;
  bundleSchemaVersion: number;
  bundleGeneratedAt: string | null;
  /** Short content hash of the loaded bundle: two exports with the same hash come from the same data. */
  bundleHash: string;
  filters: Filters;
  /** The filters in words ("Actors: Steve Witkoff"). */
  filtersText: string;
  /** The filters as the app's link query ("?actors=steve-witkoff"), to reopen the same view. */
  filtersQuery: string;
  exportedAt: string;
  rowCount: number;
};

const hashes = new WeakMap<LoadedBundle, string>();

/**
 * A 12-hex-digit hash of the loaded bundle (two 32-bit FNV-1a lanes over its metadata's JSON and every
 * column of its tables), computed once per bundle and only when something is exported. Article texts are
 * left out: a columnar bundle loads them later, and the same bundle must hash the same by either route.
 */
export function bundleHash(bundle: LoadedBundle): string {
  const cached = hashes.get(bundle);
  if (cached) return cached;
  const lanes = new HashLanes();
  const { columns } = bundle;
  lanes.text(JSON.stringify(metadataOf(bundle)));
  for (const table of [columns.events, columns.clusters, columns.quotes]) lanes.value(table);
  const hash = lanes.hex();
  hashes.set(bundle, hash);
  return hash;
}

/** The bundle's fields that are not tables, its articles without their texts. */
function metadataOf(bundle: LoadedBundle): object {
  const fields: Partial<LoadedBundle> = { ...bundle };
  for (const table of ['columns', 'events', 'clusters', 'quotes'] as const) delete fields[table];
  return { ...fields, articles: bundle.articles.map((a) => ({ ...a, text: undefined })) };
}

/** Two FNV-1a lanes fed with strings, numbers and nested columns. */
class HashLanes {
  private a = 0x811c9dc5;
  private b = 0x01000193;
  text(text: string): void {
    for (let i = 0; i < text.length; i++) this.code(text.charCodeAt(i));
    this.code(0xffff);
  }
  value(value: unknown): void {
    if (typeof value === 'string') return this.text(value);
    if (value === null || value === undefined) return this.code(0xfffe);
    if (typeof value === 'number') return this.text(String(value));
    if (ArrayBuffer.isView(value)) return this.numbers(value as unknown as ArrayLike<number>);
    if (Array.isArray(value)) return value.forEach((v) => this.value(v));
    for (const [key, v] of Object.entries(value as object)) {
      this.text(key);
      this.value(v);
    }
  }
  hex(): string {
    return ((this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
  }
  private numbers(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      // Integers feed their two 16-bit halves; other numbers (tone) their text.
      if (Number.isInteger(v)) {
        this.code(v & 0xffff);
        this.code((v >>> 16) & 0xffff);
      } else this.text(String(v));
    }
    this.code(0xfffd);
  }
  private code(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    this.b = Math.imul(this.b ^ c, 0x5bd1e995);
  }
}

/** The filters in words, naming actors and outlets; "no filters" when none is set. */
export function describeFilters(index: BundleIndex, f: Filters): string {
  const parts = describeClauses(f, clauseNames(index));
  return parts.length ? parts.join('; ') : 'No filters (all events)';
}

/** A file-name-safe summary of the filters: "actors-steve-witkoff_types-consult", "all" when none. */
export function filtersSlug(f: Filters): string {
  const parts = slugParts(f)
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => `${key}-${values.join('-')}`);
  const slug = parts
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return slug.slice(0, 80).replace(/[-_]+$/, '') || 'all';
}

/** "parley-events-actors-steve-witkoff-2026-11-23.csv". */
export function exportFileName(what: string, filters: Filters, exportedAt: string, extension: string): string {
  return `parley-${what}-${filtersSlug(filters)}-${exportedAt.slice(0, 10)}.${extension}`;
}

/** The bundle file of each corpus, in words. */
const BUNDLE_NAMES: Record<Corpus, string> = {
  seeds: 'bundle.json (seed articles)',
  demo: 'bundle-demo.json (seed articles and the fictional demo corpus)',
  gdelt: 'bundle-gdelt.json (events imported from GDELT 2.0 exports; no sentences)',
};

/** The meta block of an export. */
export function buildExportMeta(
  index: BundleIndex,
  filters: Filters,
  rowCount: number,
  now: Date,
  corpus: Corpus = 'seeds',
): ExportMeta {
  return {
    app: 'Parley',
    bundleName: BUNDLE_NAMES[corpus],
    bundleSchemaVersion: index.bundle.schemaVersion,
    bundleGeneratedAt: index.bundle.generatedAt,
    bundleHash: bundleHash(index.bundle),
    filters,
    filtersText: describeFilters(index, filters),
    filtersQuery:
      toQueryString({ filters, selection: null, lanes: 'type', collapsePeople: false, asOf: null }) || '(none)',
    exportedAt: now.toISOString(),
    rowCount,
  };
}

/** One line naming the bundle: "bundle.json (seed articles) · schema 2 · generated … · hash 1a2b3c4d5e6f". */
export function bundleLine(
  meta: Pick<ExportMeta, 'bundleName' | 'bundleSchemaVersion' | 'bundleGeneratedAt' | 'bundleHash'>,
): string {
  return `${meta.bundleName} · schema ${meta.bundleSchemaVersion}${meta.bundleGeneratedAt ? ` · generated ${meta.bundleGeneratedAt}` : ''} · hash ${meta.bundleHash}`;
}
