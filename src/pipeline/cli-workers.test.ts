import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run, scratchDir, writeCorpus } from './test-support/cli.ts';

// --workers: the bundle must not depend on how many threads extracted it. Each run of the seeds takes a few
// seconds, so the sets are small: 1, 2 and 3 workers on the seeds, 1 and 2 on seeds plus demo.
const SEEDS = ['--input', 'data/articles'];
const SEEDS_AND_DEMO = ['--input', 'data/articles', '--input', 'data/demo/articles'];

/** Runs the CLI with `--workers n` and returns the bundle it wrote and what it printed. */
function extractWith(n: number, args: string[]): { bundle: string; stderr: string } {
  const out = join(scratchDir(`workers-${n}`), 'bundle.json');
  const result = run([...args, '--workers', String(n), '--output', out]);
  expect(result.status, result.stderr).toBe(0);
  return { bundle: readFileSync(out, 'utf8'), stderr: result.stderr };
}

/** Fails with the first differing offset and its surroundings, not two whole bundles side by side. */
function expectSameBytes(actual: string, expected: string, label: string): void {
  if (actual === expected) return;
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  const around = (s: string) => s.slice(Math.max(0, at - 120), at + 120);
  expect.fail(
    `${label}: bundles differ from offset ${at}\n  expected …${around(expected)}…\n  actual   …${around(actual)}…`,
  );
}

describe('parley extract --workers', () => {
  it('writes byte-identical bundles of the seeds with 1, 2 and 3 workers', () => {
    const [one, two, three] = [1, 2, 3].map((n) => extractWith(n, SEEDS).bundle) as [string, string, string];
    expectSameBytes(two, one, '2 workers');
    expectSameBytes(three, one, '3 workers');
    expect(JSON.parse(one).articles).toHaveLength(5);
  }, 120_000);

  it('writes byte-identical bundles of seeds plus demo with 1 and 2 workers', () => {
    const one = extractWith(1, SEEDS_AND_DEMO).bundle;
    expectSameBytes(extractWith(2, SEEDS_AND_DEMO).bundle, one, '2 workers');
  }, 120_000);

  it('skips the same bad files, with the same reasons, whatever the number of workers', () => {
    const dir = writeCorpus('workers-bad', {
      'good.txt': 'US President Donald Trump met Israeli Prime Minister Benjamin Netanyahu on Monday.',
      'other.txt': 'Iran condemned Israel on Monday.',
      'empty.txt': '',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
    });
    const skipped = (stderr: string) => stderr.split('\n').filter((line) => /skipped|warning/.test(line));
    const one = extractWith(1, ['--input', dir]);
    const two = extractWith(2, ['--input', dir]);
    expectSameBytes(two.bundle, one.bundle, '2 workers');
    expect(skipped(two.stderr)).toEqual(skipped(one.stderr));
    expect(skipped(one.stderr)).toEqual(
      expect.arrayContaining([
        '  skipped binary.txt: binary data (NUL bytes), not text',
        '  skipped empty.txt: empty file',
      ]),
    );
  }, 60_000);

  it('rejects a count that is not a whole number of at least 1, saying why', () => {
    for (const value of ['0', 'many']) {
      const result = run(['--workers', value]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`--workers needs a whole number of threads, 1 or more (got "${value}")`);
    }
  });
});
