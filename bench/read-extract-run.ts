import { resolve } from 'node:path';
import { buildBundle } from '../src/pipeline/bundle/build-bundle.ts';
import { readCorpus } from '../src/pipeline/ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../src/pipeline/resources/load-resources.ts';

// One measured run in a fresh process, from reading the folder (decoding, page parsing with Readability,
// metadata) to the validated bundle, on one thread. The dictionaries are compiled first, outside the clock.
// Usage: read-extract-run.ts DIR. Prints one JSON line.
const dir = resolve(process.argv[2]!);
const resources = compileResources(loadResourceData(resolve('data'), dir));
const started = performance.now();
const corpus = readCorpus(dir, '2100-01-01');
const read = performance.now();
const { bundle, report } = buildBundle(corpus, resources);
const done = performance.now();
const words = bundle.articles.reduce((n, a) => n + a.wordCount, 0);
console.log(
  JSON.stringify({
    articles: report.articlesRead,
    rejected: report.rejected.length,
    words,
    events: report.events,
    readSeconds: (read - started) / 1000,
    seconds: (done - started) / 1000,
  }),
);
