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
  const { bundle } = buildBundle(
    readCorpus(input, '2100-01-01'),
    compileResources(loadResourceData(resolve(root, 'data'), input)),
  );
  const gold = JSON.parse(readFileSync(resolve(import.meta.dirname, 'seed-gold.json'), 'utf8')) as GoldFile;
  const { perArticle, overall } = scoreBundle(bundle, gold);
  const strict = scoreBundle(bundle, gold, 'strict').overall;
  console.log(
    `${formatScores([...perArticle, overall])}\nstrict: precision ${strict.precision.toFixed(2)}, recall ${strict.recall.toFixed(2)}`,
  );

  it('finds at least 90% of the gold events (lenient match)', () => {
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps precision at or above 0.8 (lenient match)', () => {
    expect(overall.precision).toBeGreaterThanOrEqual(0.8);
  });

  // Floors a little under the strict figures measured last (precision 0.74, recall 0.74): a regression fails here.
  // Precision was 0.80 before the CAMEO verb dictionary (issue 10); most of its new "false alarms" are events the
  // annotation never took up ("we have fought against Iran", "isn't backing down", "seized control of Syria").
  it('keeps the strict figures from regressing', () => {
    expect(strict.recall).toBeGreaterThanOrEqual(0.72);
    expect(strict.precision).toBeGreaterThanOrEqual(0.72);
  });
});
