import type { QueryClient } from '@tanstack/react-query';
import { BUNDLE_UPDATE_EVENT, type BundleUpdate } from '../model/bundle-update.ts';
import { useCorpusUpdateStore } from '../state/corpus-update-store.ts';
import { BUNDLE_URLS, PAGE_CORPUS } from './bundle-query.ts';

/**
 * In watch mode (`npm run dev`) the dev server announces each rebuilt bundle: this page refetches its own
 * bundle without a reload (filters and selection stay) and shows what was added and any problems. The
 * built app has no dev server and ignores this.
 */
export function listenForBundleUpdates(queryClient: QueryClient): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(BUNDLE_UPDATE_EVENT, (update: BundleUpdate) => {
    if (!isThisPagesBundle(update.bundleUrl)) return;
    if (!update.error) void queryClient.invalidateQueries({ queryKey: ['bundle', PAGE_CORPUS] });
    useCorpusUpdateStore.getState().show(update);
  });
}

function isThisPagesBundle(url: string): boolean {
  const own = BUNDLE_URLS[PAGE_CORPUS];
  return own === url || own.endsWith(url);
}
