import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Bundle, parseBundle } from '../model/bundle-schema.ts';
import { arrowPathOf } from '../model/columns/bundle-files.ts';
import { type LoadedBundle, loadedBundleOf } from '../model/columns/loaded-bundle.ts';
import { useLoadProgressStore } from '../state/load-progress-store.ts';
import type { Corpus } from '../state/url-state.ts';
import { BUNDLE_URL, BUNDLE_URLS, PAGE_CORPUS } from './bundle-urls.ts';
import { BundleLoadError } from './bundle-load-error.ts';
import { loadColumnarBundle } from './columnar-bundle.ts';

/** The command that rebuilds each corpus's bundle, shown when it is missing or broken. */
export const REBUILD_COMMANDS: Record<Corpus, string> = {
  seeds: 'npm run extract',
  demo: 'npm run extract:demo',
  gdelt: 'npm run import:gdelt -- ../shared/data/gdelt (or your own GDELT export files)',
};

export { BUNDLE_URL, BUNDLE_URLS, BundleLoadError, PAGE_CORPUS };

/** Fetches and validates the bundle with the shared schema. */
export async function fetchBundle(url = BUNDLE_URL): Promise<Bundle> {
  let response: Response;
  try {
    // Revalidated on every load: in watch mode the same address gets a new bundle.
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    throw new BundleLoadError(`The bundle at ${url} could not be fetched: ${(error as Error).message}`);
  }
  if (!response.ok) throw new BundleLoadError(`The bundle at ${url} is missing (HTTP ${response.status}).`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new BundleLoadError(`The bundle at ${url} is not valid JSON.`);
  }
  const parsed = parseBundle(json);
  if (!parsed.ok) throw new BundleLoadError(`The bundle at ${url} does not match the schema.`, parsed.problems);
  return parsed.bundle;
}

/**
 * The corpus's columnar bundle (bundle.arrow, loaded and checked in a worker) when the pipeline wrote one,
 * else its JSON bundle (its columns made on the page).
 */
export async function loadBundle(jsonUrl: string): Promise<LoadedBundle> {
  const report = useLoadProgressStore.getState().report;
  report('fetching');
  return (await loadColumnarBundle(arrowPathOf(jsonUrl), report)) ?? loadedBundleOf(await fetchBundle(jsonUrl));
}

/** The bundle is loaded once per session and never refetched. */
export const bundleQueryOptions = queryOptions({
  queryKey: ['bundle', PAGE_CORPUS],
  queryFn: () => loadBundle(BUNDLE_URLS[PAGE_CORPUS]),
  staleTime: Infinity,
  retry: false,
});

/** React hook for the validated bundle. */
export function useBundle() {
  return useQuery(bundleQueryOptions);
}
