import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { reduceArticles } from '../bundle/build-bundle.ts';
import { mapArticle } from '../bundle/map-article.ts';
import { EXTRACT, expectSameBytes, oneProcessBundle, SEEDS_AND_DEMO } from '../test-support/bundles.ts';
import { scratchDir } from '../test-support/cli.ts';
import { runNode } from '../test-support/node-process.ts';
import { projectResources } from '../test-support/resources.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { compileSnapshotFile } from './dictionaries.ts';
import { mapLines, parseArticleLine } from './json-lines.ts';

// The JSON-lines route as Hadoop Streaming or Spark's RDD.pipe would drive it: the corpus split into article
// lines, the lines dealt into shards out of order, each shard mapped by its own process, the mapped shards
// concatenated in yet another order and reduced.

const SHARDS = 4;

describe('the JSON-lines route (--split, --map, --reduce)', () => {
  let reference = '';
  beforeAll(() => {
    reference = oneProcessBundle();
  }, 60_000);

  it('gives the one-process bundle from 4 shards mapped separately and reduced in any order', async () => {
    const dir = scratchDir('json-lines');
    const dictionaries = join(dir, 'dictionaries.json');
    const split = await runNode(EXTRACT, [...SEEDS_AND_DEMO, '--split', '--dictionaries', dictionaries, '--quiet']);
    const lines = split.split('\n').filter((line) => line.startsWith('{'));
    expect(lines).toHaveLength(20);
    // Article i goes to shard (3i mod 4), and each shard holds its articles last first.
    const shards = Array.from({ length: SHARDS }, (_, s) => lines.filter((_, i) => (3 * i) % SHARDS === s).reverse());
    // One shard through the command, as a streaming engine runs it; the others through the same map here, to
    // spare a loaded machine three more processes.
    const resources = compileSnapshotFile(dictionaries);
    const mapped = await Promise.all(
      shards.map((shard, s) =>
        s === 0
          ? runNode(EXTRACT, ['--map', '--dictionaries', dictionaries, '--quiet'], shard.join('\n'))
          : mapInProcess(shard, resources),
      ),
    );
    const out = join(dir, 'bundle.json');
    const reduceInput = [mapped[2], mapped[0], mapped[3], mapped[1]].join('');
    await runNode(EXTRACT, ['--reduce', '--dictionaries', dictionaries, '--output', out, '--quiet'], reduceInput);
    expectSameBytes(readFileSync(out, 'utf8'), reference, 'JSON lines on 4 shards');
  }, 120_000);

  it('refuses an article mapped twice instead of counting it twice', () => {
    const resources = projectResources();
    const line = parseArticleLine(JSON.stringify(sampleLine()), 1);
    const mapped = mapArticle(line, resources);
    expect(() => reduceArticles([mapped, mapped], { rejected: [], warnings: [] }, resources)).toThrow(
      /"kyiv-talks" was mapped twice/,
    );
  });

  it('names the line and the problem in input that is not an article line', () => {
    expect(() => parseArticleLine('{"order": 0}', 7)).toThrow(/line 7: "outletName"/);
    expect(() => parseArticleLine('not json', 3)).toThrow(/line 3: not JSON/);
    expect(() => parseArticleLine(JSON.stringify({ ...sampleLine(), order: -1 }), 2)).toThrow(/line 2: "order"/);
  });
});

/** Runs the map over lines as `--map` does over its standard input, into a string. */
async function mapInProcess(lines: string[], resources: PipelineResources): Promise<string> {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  await mapLines(Readable.from([lines.join('\n')]), sink, resources);
  return out;
}

/** One article line of our own. */
function sampleLine() {
  const text = 'Ukrainian and Russian negotiators met in Istanbul on Friday for a second round of talks.';
  return {
    order: 0,
    outletName: 'Test Wire',
    article: {
      id: 'kyiv-talks',
      outletId: 'test-wire',
      title: 'Talks in Istanbul',
      url: null,
      author: null,
      published: '2025-06-02',
      outletBasis: 'manifest',
      flags: [],
      fiction: false,
      wordCount: 15,
      text,
    },
  };
}
