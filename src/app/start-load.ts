import { arrowPathOf } from '../model/columns/bundle-files.ts';
import { BUNDLE_URLS, PAGE_CORPUS } from '../data/bundle-urls.ts';
import { startEarly } from '../data/bundle-worker-start.ts';

// Run by the page's entry (main.ts) before the dashboard's code is even downloaded: starts the bundle worker
// at once, so that the worker's script loads and bundle.arrow downloads meanwhile. The loader in
// data/columnar-bundle.ts takes the worker over; without one it starts its own.
startEarly(arrowPathOf(BUNDLE_URLS[PAGE_CORPUS]));
