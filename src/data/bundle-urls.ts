import { type Corpus, corpusFromSearch } from '../state/corpus.ts';

// Where the page finds its bundle, with nothing else imported: app/start-load.ts reads it to start the
// bundle worker before the dashboard's modules are evaluated.

/** Where the app finds the bundle the pipeline wrote. */
export const BUNDLE_URL = `${import.meta.env.BASE_URL}data/bundle.json`;

/** The bundle of each corpus: the seeds alone, the seeds with the fictional demo articles, or GDELT's events. */
export const BUNDLE_URLS: Record<Corpus, string> = {
  seeds: BUNDLE_URL,
  demo: `${import.meta.env.BASE_URL}data/bundle-demo.json`,
  gdelt: `${import.meta.env.BASE_URL}data/bundle-gdelt.json`,
};

/** The corpus this page shows, from its address (`?corpus=demo`); fixed for the page's life. */
export const PAGE_CORPUS: Corpus = typeof window === 'undefined' ? 'seeds' : corpusFromSearch(window.location.search);
