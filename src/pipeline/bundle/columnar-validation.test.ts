import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArrowBundle, encodeArrowBundle, readArrowBundle } from '../../model/columns/arrow-bundle.ts';
import { bundleToColumns } from '../../model/columns/bundle-columns.ts';
import type { BundleColumns } from '../../model/columns/column-layout.ts';
import { validateColumns } from '../../model/columns/validate-columns.ts';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { buildBundle } from './build-bundle.ts';

const root = resolve(import.meta.dirname, '../../..');
const input = resolve(root, 'data/articles');
const bundle = buildBundle(
  readCorpus(input, '2100-01-01'),
  compileResources(loadResourceData(resolve(root, 'data'), input)),
).bundle;
const fresh = (): BundleColumns => bundleToColumns(structuredClone(bundle), (n) => `t-${n}.json`).columns;

describe('validateColumns', () => {
  it('finds nothing wrong in the columns of the seed bundle', () => {
    expect(validateColumns(fresh())).toEqual([]);
  });

  it('names the column and row of each broken rule', () => {
    const cases: [string, (c: BundleColumns) => void, RegExp][] = [
      ['actor index', (c) => (c.events.source.values[0] = 9999), /events\.source\.0: 9999 is out of range/],
      ['falling offsets', (c) => (c.events.target.offsets[1] = 99), /events\.target/],
      ['dictionary code', (c) => (c.events.modalityCue.codes[2] = 500), /events\.modalityCue\.2: code 500/],
      ['evidence offsets', (c) => (c.events.evidenceEnd[3]! += 1), /events\.3 .*evidence offsets/],
      ['row count', (c) => c.events.id.pop(), /events\.article: \d+ rows, expected/],
      ['type code', (c) => (c.clusters.type[0] = 16), /clusters\.type\.0: 16 is out of range/],
      ['cluster event', (c) => (c.clusters.events.values[0] = 100_000), /clusters\.events\.0/],
      ['quote speaker', (c) => (c.quotes.speaker[0] = 100_000), /quotes\.0: speaker out of range/],
      [
        'span outside evidence',
        (c) => (c.events.actorSpans.end[0] = 4_000_000),
        /events\.actorSpans\.0 .*fits neither/,
      ],
      [
        'outlet of article',
        (c) => (c.events.outlet[0] = (c.events.outlet[0]! + 1) % c.metadata.outlets.length),
        /outlet is not its article's outlet/,
      ],
    ];
    for (const [what, breakIt, expected] of cases) {
      const columns = fresh();
      breakIt(columns);
      const problems = validateColumns(columns);
      expect(problems.join('\n'), what).toMatch(expected);
    }
  });

  it('reports a file that is not Arrow, a missing column and broken metadata instead of throwing', () => {
    expect(readArrowBundle(new TextEncoder().encode('<!doctype html>')).ok).toBe(false);
    const columns = fresh();
    delete (columns.events as Partial<BundleColumns['events']>).confidence;
    expect(() => encodeArrowBundle(columns)).toThrow();
    const broken = fresh();
    (broken.metadata as { schemaVersion: number }).schemaVersion = 1;
    const read = readArrowBundle(encodeArrowBundle(broken));
    expect(read.ok ? [] : read.problems).toEqual([expect.stringMatching(/^metadata\.schemaVersion/)]);
    expect(decodeArrowBundle(new Uint8Array(0)).ok).toBe(false);
  });
});
