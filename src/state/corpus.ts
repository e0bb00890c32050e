/**
 * Which corpus the page shows: the real seed articles, the seeds plus the fictional demo corpus, or events
 * imported from GDELT exports (`npm run import:gdelt`).
 */
export type Corpus = 'seeds' | 'demo' | 'gdelt';

const OTHER_CORPORA: readonly Corpus[] = ['demo', 'gdelt'];

/** The corpus a query string asks for (`corpus=demo`, `corpus=gdelt`); anything else means the seeds. */
export function corpusFromSearch(search: string): Corpus {
  try {
    const asked = new URLSearchParams(search).get('corpus');
    return OTHER_CORPORA.find((c) => c === asked) ?? 'seeds';
  } catch {
    return 'seeds';
  }
}
