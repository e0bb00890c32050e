import { arrowPathOf } from '../model/columns/bundle-files.ts';
import { BUNDLE_URLS, PAGE_CORPUS } from '../data/bundle-urls.ts';
import { startEarly } from '../data/bundle-worker-start.ts';

// main.tsx's first import, so it runs before React and the views are evaluated: starts the bundle worker at
// once, so that the worker's script loads and bundle.arrow starts downloading while the rest of the page's
// code runs. The loader in data/columnar-bundle.ts takes the worker over; without one it starts its own.
// (A separate first script would start it before the page's code has downloaded too, but Vite joins the
// module scripts of index.html into one entry.)
startEarly(arrowPathOf(BUNDLE_URLS[PAGE_CORPUS]));
