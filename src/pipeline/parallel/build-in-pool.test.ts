import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../bundle/build-bundle.ts';
import type { ArticleExtraction } from '../events/extract-events.ts';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { articleInputsOf, buildBundleInPool, precomputedExtractor } from './build-in-pool.ts';
import { startExtractionPool } from './extract-pool.ts';
import { packExtraction } from './wire.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = resolve(ROOT, 'data');
const SEEDS = resolve(ROOT, 'data/articles');

// Started from a vitest worker, whose TypeScript loader worker threads do not inherit: this is the test that
// extract-worker.mjs registers its own. With this thread's help left out, the workers extract every article.
describe('the extraction pool, started from vitest', () => {
  const corpus = readCorpus(SEEDS, '2100-01-01');
  const resources = compileResources(loadResourceData(DATA, [SEEDS]));
  const inThisThread = JSON.stringify(buildBundle(corpus, resources));

  it('builds the same bundle with its workers alone as in this thread, reporting progress up to every article', async () => {
    const pool = startExtractionPool(2, { dataDir: DATA, corpusDirs: [SEEDS] }, { helpFromThisThread: false });
    try {
      const progress: number[] = [];
      const inPool = await buildBundleInPool(corpus, resources, pool, (done) => progress.push(done));
      expect(JSON.stringify(inPool)).toBe(inThisThread);
      expect(progress).toEqual(corpus.files.map((_, i) => i + 1));
    } finally {
      await pool.close();
    }
  });

  it('builds the same bundle with this thread helping its worker, and without a progress hook', async () => {
    const pool = startExtractionPool(2, { dataDir: DATA, corpusDirs: [SEEDS] });
    try {
      expect(JSON.stringify(await buildBundleInPool(corpus, resources, pool))).toBe(inThisThread);
    } finally {
      await pool.close();
    }
  });
});

describe('precomputedExtractor', () => {
  const empty = (): ArticleExtraction => ({
    events: [],
    quotes: [],
    unresolved: new Map(),
    sentenceCount: 0,
    sentences: [],
  });
  const inputs = [
    { id: 'a', text: 'A.', published: null },
    { id: 'b', text: 'B.', published: '2025-01-01' },
  ];

  it('hands out the extractions in order', () => {
    const extract = precomputedExtractor(
      inputs,
      inputs.map((i) => ({ packed: packExtraction(i.text, empty()) })),
    );
    expect(extract(inputs[0]!, null as never)).toEqual(empty());
    expect(extract(inputs[1]!, null as never)).toEqual(empty());
  });

  it('fails when asked for an article other than the one extracted', () => {
    const extract = precomputedExtractor(
      inputs,
      inputs.map((i) => ({ packed: packExtraction(i.text, empty()) })),
    );
    expect(() => extract(inputs[1]!, null as never)).toThrow(/asked for article "b", the workers extracted "a"/);
    const again = precomputedExtractor(
      inputs,
      inputs.map((i) => ({ packed: packExtraction(i.text, empty()) })),
    );
    expect(() => again({ ...inputs[0]!, published: '2025-01-02' }, null as never)).toThrow(/asked for article "a"/);
  });

  it('reads the publication date from the manifest, as the bundle does', () => {
    const corpus = readCorpus(SEEDS, '2100-01-01');
    const inputs = articleInputsOf(corpus);
    expect(inputs.map((i) => i.id)).toEqual(corpus.files.map((f) => f.id));
    expect(inputs.every((i) => /^\d{4}-\d\d-\d\d$/.test(i.published ?? ''))).toBe(true);
  });
});
