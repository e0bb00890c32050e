import { workerData } from 'node:worker_threads';
import { type ArticleInput, extractArticle } from '../events/extract-events.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { type BatchResult, countWords, packExtraction, type ResourceSources } from './wire.ts';

// Runs inside each worker thread. The dictionaries are compiled once per worker, when it starts, from the
// same folders the main thread reads: compiled matchers (tries, Maps of closures) are not worth cloning.
const sources = workerData as ResourceSources;
const resources = compileResources(loadResourceData(sources.dataDir, sources.corpusDirs));

/** Extracts a batch of consecutive articles; the pool's task handler. */
export function extractBatch(inputs: ArticleInput[]): BatchResult {
  let words = 0;
  const extractions = inputs.map((input) => {
    words += countWords(input.text);
    return packExtraction(input.text, extractArticle(input, resources));
  });
  return { extractions, words };
}
