import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../bundle/build-bundle.ts';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { formatScores, type GoldFile, scoreBundle } from './score.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('extraction scored against the hand-made gold annotation of the seeds', () => {
  const input = resolve(root, 'data/articles');
  const { bundle } = buildBundle(readCorpus(input, '2100-01-01'), compileResources(loadResourceData(resolve(root, 'data'), input)));
  const gold = JSON.parse(readFileSync(resolve(import.meta.dirname, 'seed-gold.json'), 'utf8')) as GoldFile;
  const { perArticle, overall } = scoreBundle(bundle, gold);
  const strict = scoreBundle(bundle, gold, 'strict').overall;
  console.log(`${formatScores([...perArticle, overall])}\nstrict: precision ${strict.precision.toFixed(2)}, recall ${strict.recall.toFixed(2)}`);

  // Floors at the figures measured when these rules were last changed (recall 57/65, precision 63/63):
  // a change that loses gold events fails here. The target for recall is 0.9; see docs/pipeline.md.
  it('does not fall below the measured recall floor (lenient match)', () => {
    expect(overall.recall).toBeGreaterThanOrEqual(0.87);
  });

  it('keeps precision at or above 0.8 (lenient match)', () => {
    expect(overall.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps the strict figures from regressing', () => {
    expect(strict.recall).toBeGreaterThanOrEqual(0.7);
    expect(strict.precision).toBeGreaterThanOrEqual(0.75);
  });
});
