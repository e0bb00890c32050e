import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../model/bundle-schema.ts';
import { EXTRACT, SEEDS_AND_DEMO } from '../test-support/bundles.ts';
import { scratchDir } from '../test-support/cli.ts';
import { runNode } from '../test-support/node-process.ts';
import { monthOf, NO_MONTH, writeEventsParquet } from './events-parquet.ts';

// The Parquet output read back by another engine: DuckDB, reading the month folders as one table with Hive
// partitioning, must count what the bundle holds, in total and month by month.

describe('events as Parquet, a folder per month', () => {
  let bundle: Bundle;
  let dir = '';
  beforeAll(async () => {
    const scratch = scratchDir('parquet');
    dir = join(scratch, 'events');
    const out = join(scratch, 'bundle.json');
    await runNode(EXTRACT, [...SEEDS_AND_DEMO, '--workers', '1', '--output', out, '--parquet', dir, '--quiet']);
    bundle = JSON.parse(readFileSync(out, 'utf8')) as Bundle;
  }, 60_000);

  it("DuckDB reads the folders as one table whose counts, total and per month, are the bundle's", async () => {
    const byMonth = new Map<string | null, number>();
    for (const event of bundle.events) {
      const month = event.date ? event.date.slice(0, 7) : null;
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      const table = `read_parquet('${dir}/*/*.parquet', hive_partitioning = true)`;
      const total = await db.runAndReadAll(`SELECT count(*) AS n, count(DISTINCT id) AS ids FROM ${table}`);
      expect(total.getRowObjects()[0]).toEqual({ n: BigInt(bundle.events.length), ids: BigInt(bundle.events.length) });
      const months = await db.runAndReadAll(`SELECT month, count(*) AS n FROM ${table} GROUP BY month`);
      const read = new Map(months.getRowObjects().map((row) => [row.month as string | null, Number(row.n)]));
      expect(read).toEqual(byMonth);
      expect(byMonth.size).toBeGreaterThan(3);
      // Columns keep their types: dates as DATE, actors as lists.
      const typed = await db.runAndReadAll(
        `SELECT count(*) AS n FROM ${table} WHERE date >= DATE '2025-01-01' AND len(source) > 0 AND NOT fiction`,
      );
      const expected = bundle.events.filter(
        (e) => e.date !== null && e.date >= '2025-01-01' && e.source.length > 0 && !isFiction(bundle, e.articleId),
      ).length;
      expect(Number(typed.getRowObjects()[0]!.n)).toBe(expected);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });

  it("puts an event with no date in Hive's default partition, which readers take as a null month", () => {
    expect(monthOf({ date: '2025-07-09' })).toBe('2025-07');
    expect(monthOf({ date: null })).toBe(NO_MONTH);
    expect(readdirSync(dir)).toContain(`month=${NO_MONTH}`);
  });

  it('writes the same bytes for the same bundle, and refuses to replace a folder that holds other files', () => {
    const again = join(scratchDir('parquet-again'), 'events');
    writeEventsParquet(again, bundle);
    for (const month of readdirSync(dir))
      expect(readFileSync(join(again, month, 'part-0.parquet'))).toEqual(
        readFileSync(join(dir, month, 'part-0.parquet')),
      );
    const foreign = scratchDir('parquet-foreign');
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    expect(() => writeEventsParquet(foreign, bundle)).toThrow(/not only month folders/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});

function isFiction(bundle: Bundle, articleId: string): boolean {
  return bundle.articles.find((a) => a.id === articleId)?.fiction ?? false;
}
