import { resolve } from 'node:path';
import { buildBundle } from '../src/pipeline/bundle/build-bundle.ts';
import { readCorpus } from '../src/pipeline/ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../src/pipeline/resources/load-resources.ts';

// One measured extraction in a fresh process, so peak memory belongs to this corpus alone.
const dir = resolve(process.argv[2]!);
const resources = compileResources(loadResourceData(resolve('data'), dir));
const corpus = readCorpus(dir, '2100-01-01');
const started = performance.now();
const { bundle, report } = buildBundle(corpus, resources);
const seconds = (performance.now() - started) / 1000;
const words = bundle.articles.reduce((n, a) => n + a.wordCount, 0);
console.log(JSON.stringify({ articles: report.articlesRead, words, events: report.events, clusters: report.clusters, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
