import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../model/bundle-schema.ts';
import { PROJECT_ROOT, scratchDir } from '../test-support/cli.ts';
import { actor1, actor2, gdeltLine } from '../test-support/gdelt-rows.ts';
import { parseImportArgs } from './import-cli.ts';

const TSX = resolve(PROJECT_ROOT, 'node_modules/.bin/tsx');
const importGdelt = (args: string[]) =>
  spawnSync(TSX, ['src/pipeline/gdelt/import-cli.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('npm run import:gdelt', () => {
  it('reads a folder of exports, writes the bundle and prints counts, time and skips', () => {
    const dir = scratchDir('gdelt');
    const rows = [
      gdeltLine({ ...actor1('ARM', 'ARMENIA', 'ARM'), ...actor2('AZE', 'AZERBAIJAN', 'AZE'), EventCode: '057' }),
      gdeltLine({ ...actor1('AZE', 'AZERBAIJAN', 'AZE'), EventCode: '010' }),
    ];
    writeFileSync(join(dir, '20250301120000.export.CSV'), `${rows.join('\n')}\n`);
    const output = join(dir, 'bundle.json');
    const run = importGdelt([dir, '--output', output]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1 files, 2 rows -> 1 events, 1 clusters/);
    expect(run.stdout).toMatch(/wrote .*bundle\.json \(\d+\.\d MB\) in \d+\.\d s/);
    expect(run.stdout).toMatch(/skipped +1 {2}CAMEO 01x/);
    expect(parseBundle(JSON.parse(readFileSync(output, 'utf8'))).ok).toBe(true);
  });

  it('skips a missing folder with one line under --optional, and fails on it otherwise', () => {
    const optional = importGdelt(['/no/such/gdelt', '--optional', '--output', join(scratchDir('gdelt'), 'b.json')]);
    expect(optional.status).toBe(0);
    expect(optional.stdout.trim().split('\n')).toHaveLength(1);
    expect(optional.stdout).toMatch(/GDELT import skipped: \/no\/such\/gdelt not found/);
    expect(importGdelt(['/no/such/gdelt']).status).toBe(1);
  });

  it('asks for at least one input and knows its options', () => {
    expect(parseImportArgs([])).toHaveProperty('error');
    expect(parseImportArgs(['a.CSV', '--output'])).toHaveProperty('error');
    expect(parseImportArgs(['a.CSV', 'b.CSV', '--output', 'o.json'])).toMatchObject({
      inputs: ['a.CSV', 'b.CSV'],
      output: 'o.json',
    });
  });
});

const SHARED_GDELT = resolve(PROJECT_ROOT, '../shared/data/gdelt');

describe.skipIf(!existsSync(SHARED_GDELT))('the real GDELT sample', () => {
  it('imports into a bundle that passes the schema', { timeout: 180_000 }, () => {
    const output = join(scratchDir('gdelt-real'), 'bundle-gdelt.json');
    const run = importGdelt([SHARED_GDELT, '--output', output]);
    expect(run.status, run.stderr).toBe(0);
    const parsed = parseBundle(JSON.parse(readFileSync(output, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { bundle } = parsed;
    expect(bundle.events.length).toBeGreaterThan(50_000);
    expect(bundle.events.every((e) => e.coder === 'gdelt' && e.evidence.text === '')).toBe(true);
    // The comparison works on GDELT's own data: some real-world events are told by several outlets.
    expect(bundle.clusters.filter((c) => c.outletIds.length > 1).length).toBeGreaterThan(1000);
    expect(run.stdout).toMatch(/70 files, 95,696 rows/);
  });
});
