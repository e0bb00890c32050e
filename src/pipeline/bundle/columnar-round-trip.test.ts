import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../model/bundle-schema.ts';
import { readArrowBundle } from '../../model/columns/arrow-bundle.ts';
import { bundleToColumns, columnsToBundle, textsOfShards } from '../../model/columns/bundle-columns.ts';
import type { TextShard } from '../../model/columns/column-layout.ts';
import { buildGdeltBundle } from '../gdelt/build-gdelt-bundle.ts';
import { loadGdeltResources } from '../gdelt/gdelt-resources.ts';
import { mergeCorpora } from '../ingest/merge-corpora.ts';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { actor1, actor2, gdeltLine } from '../test-support/gdelt-rows.ts';
import { buildBundle } from './build-bundle.ts';
import { columnarFiles } from './write-bundle.ts';

const root = resolve(import.meta.dirname, '../../..');
const seeds = resolve(root, 'data/articles');
const demo = resolve(root, 'data/demo/articles');

/** The bundle `npm run extract` (seeds) or `npm run extract:demo` (seeds and demo) writes. */
function bundleOf(dirs: string[]): Bundle {
  const merged = mergeCorpora(dirs.map((dir) => ({ dir, reading: readCorpus(dir, '2100-01-01') })));
  if ('error' in merged) throw new Error(merged.error);
  return buildBundle(merged.corpus, compileResources(loadResourceData(resolve(root, 'data'), dirs[0]!))).bundle;
}

/** JSON bundle -> columns -> bundle.arrow bytes -> decoded, validated columns -> bundle with the shards' texts. */
function roundTrip(bundle: Bundle): Bundle {
  const { arrow, shards } = columnarFiles('public/data/bundle.json', bundle);
  const read = readArrowBundle(arrow);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const loaded = shards.map(([, text]) => JSON.parse(text) as TextShard);
  return columnsToBundle(read.columns, textsOfShards(loaded));
}

describe('the columnar bundle', () => {
  for (const [name, dirs] of [
    ['seed', [seeds]],
    ['demo', [seeds, demo]],
  ] as const) {
    it(`gives back the same ${name} bundle through Arrow and the text shards`, () => {
      const bundle = JSON.parse(JSON.stringify(bundleOf([...dirs]))) as Bundle;
      expect(bundle.events.length).toBeGreaterThan(20);
      expect(roundTrip(bundle)).toStrictEqual(bundle);
    });
  }

  it('carries fields the layout does not know on events, clusters, quotes and articles', () => {
    const bundle = JSON.parse(JSON.stringify(bundleOf([seeds]))) as Bundle;
    const marked = structuredClone(bundle) as Bundle & Record<string, unknown>;
    Object.assign(marked.events[0]!, { coder: 'gdelt', extraction: { sentence: false } });
    Object.assign(marked.clusters[0]!, { note: 'merged by hand' });
    Object.assign(marked.articles[0]!, { provenance: 'gdelt' });
    if (marked.quotes[0]) Object.assign(marked.quotes[0], { language: 'en' });
    marked.corpusName = 'seeds';
    expect(roundTrip(marked)).toStrictEqual(marked);
  });

  it('gives back a bundle imported from GDELT: events with a coder and no sentence', () => {
    const pair = { ...actor1('IND', 'INDIA', 'IND'), ...actor2('PAK', 'PAKISTAN', 'PAK') };
    const rows = ['042', '112', '190'].map((EventCode, i) =>
      gdeltLine({
        GLOBALEVENTID: String(500 + i),
        SQLDATE: '20250507',
        DATEADDED: '20250507100000',
        ...pair,
        EventCode,
        SOURCEURL: `https://news${i}.example.org/story`,
      }),
    );
    const resources = loadGdeltResources(resolve(root, 'data'));
    const bundle = buildGdeltBundle([{ file: 'test.export.CSV', text: rows.join('\n') }], resources).bundle;
    expect(bundle.events.length).toBeGreaterThan(1);
    expect(bundle.events.every((e) => e.coder === 'gdelt' && e.evidence.text === '')).toBe(true);
    const plain = JSON.parse(JSON.stringify(bundle)) as Bundle;
    expect(roundTrip(plain)).toStrictEqual(plain);
  });

  it('keeps an event coded without a sentence: empty evidence, no spans', () => {
    const bundle = JSON.parse(JSON.stringify(bundleOf([seeds]))) as Bundle;
    const e = bundle.events[0]!;
    Object.assign(e, { evidence: { text: '', start: 0, end: 0 }, trigger: { text: '', start: 0, end: 0 } });
    Object.assign(e, {
      actorSpans: [],
      actorLabels: [],
      dateSpan: null,
      tone: { score: 0, comparative: 0, terms: [] },
    });
    expect(roundTrip(bundle)).toStrictEqual(bundle);
  });

  it('cuts the texts into shards of about the size asked for, each article in one shard', () => {
    const bundle = bundleOf([seeds, demo]);
    const { columns, shards } = bundleToColumns(bundle, (n) => `t-${n}.json`, 20_000);
    expect(shards.length).toBeGreaterThan(1);
    expect(columns.metadata.texts.files).toEqual(shards.map((_, n) => `t-${n}.json`));
    bundle.articles.forEach((a, i) => {
      expect(shards[columns.metadata.texts.shardOfArticle[i]!]!.articles[a.id]).toBe(a.text);
    });
  });
});
