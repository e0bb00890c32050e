import type { Bundle } from '../model/bundle-schema.ts';
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

const hashes = new WeakMap<Bundle, string>();

/**
 * A 12-hex-digit hash of the validated bundle (two 32-bit FNV-1a lanes over its JSON), computed once per
 * bundle and only when something is exported: 100,000 events serialise in about a second.
 */
export function bundleHash(bundle: Bundle): string {
  const cached = hashes.get(bundle);
  if (cached) return cached;
  const text = JSON.stringify(bundle);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const hash = ((a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
  hashes.set(bundle, hash);
  return hash;
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
