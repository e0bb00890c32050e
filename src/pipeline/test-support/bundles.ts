import { resolve } from 'node:path';
import { expect } from 'vitest';
import { buildBundle } from '../bundle/build-bundle.ts';
import { serialiseBundle } from '../bundle/write-bundle.ts';
import { mergeCorpora } from '../ingest/merge-corpora.ts';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { PROJECT_ROOT } from './cli.ts';

/** The seeds and the fictional demo corpus: the corpus the routes past one process are checked on. */
export const SEEDS_AND_DEMO = ['--input', 'data/articles', '--input', 'data/demo/articles'];
/** The extraction command's entry. */
export const EXTRACT = 'src/pipeline/cli.ts';

/**
 * The bytes the one-process route (`--workers 1`) writes for seeds and demo, built in this process as that route
 * builds them (cli-workers.test.ts holds the command's bundle to the same bytes): a process fewer to start
 * in the tests that compare other routes with it.
 */
export function oneProcessBundle(): string {
  const dirs = SEEDS_AND_DEMO.filter((arg) => arg !== '--input');
  const today = new Date().toISOString().slice(0, 10);
  const merged = mergeCorpora(dirs.map((dir) => ({ dir, reading: readCorpus(resolve(PROJECT_ROOT, dir), today) })));
  if ('error' in merged) throw new Error(merged.error);
  const resources = compileResources(
    loadResourceData(
      resolve(PROJECT_ROOT, 'data'),
      dirs.map((dir) => resolve(PROJECT_ROOT, dir)),
    ),
  );
  return serialiseBundle(buildBundle(merged.corpus, resources).bundle);
}

/** Fails with the first differing offset and its surroundings, not two whole bundles side by side. */
export function expectSameBytes(actual: string, expected: string, label: string): void {
  if (actual === expected) return;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  const around = (s: string) => s.slice(Math.max(0, at - 120), at + 120);
  expect.fail(
    `${label}: bundles differ from offset ${at}\n  expected …${around(expected)}…\n  actual   …${around(actual)}…`,
  );
}
