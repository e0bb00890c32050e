import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PLOVER_TYPES } from '../../src/model/bundle-schema.ts';
import { dayNumber } from '../../src/model/day-number.ts';
import type { BundleIndex } from '../../src/selectors/bundle-index.ts';
import type { Filters } from '../../src/state/filters.ts';

const require = createRequire(import.meta.url);

type Clause = 'actors' | 'types' | 'outlets' | 'date';

/**
 * The same filter work in DuckDB-WASM (its Node build, one thread): an events table (type, outlet, day) and an
 * event-actor table; per change, the total and a count per type, outlet, actor and day, each leaving its own
 * clause out (the crossfilter semantics Mosaic gives its views), as plain SQL without Mosaic's pre-aggregation.
 */
export async function duckdbEngine(index: BundleIndex): Promise<{ build: number; run: (f: Filters) => number }> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const conn = db.connect();
  const t0 = performance.now();
  const events: string[] = ['i,type,outlet,day'];
  const pairs: string[] = ['e,a'];
  for (let i = 0; i < index.eventCount; i++) {
    const day = index.dated[i] && !Number.isNaN(index.day[i]!) ? index.day[i]! : -1000000000;
    events.push(`${i},${index.type[i]},${index.outlet[i]},${day}`);
    for (let k = index.actorStart[i]!; k < index.actorStart[i + 1]!; k++) pairs.push(`${i},${index.actorList[k]}`);
  }
  db.registerFileText('events.csv', events.join('\n'));
  db.registerFileText('pairs.csv', pairs.join('\n'));
  conn.query(`CREATE TABLE events AS SELECT * FROM read_csv('events.csv', header = true)`);
  conn.query(`CREATE TABLE ea AS SELECT * FROM read_csv('pairs.csv', header = true)`);
  const build = performance.now() - t0;
  const run = (f: Filters) => {
    const where = (leaveOut: Clause | null) => {
      const parts: string[] = [];
      const actorIds = f.actors.map((id) => index.actorIndex.get(id) ?? -1);
      if (actorIds.length && leaveOut !== 'actors')
        parts.push(`i IN (SELECT e FROM ea WHERE a IN (${actorIds.join(',')}))`);
      if (f.types.length && leaveOut !== 'types')
        parts.push(`type IN (${f.types.map((t) => PLOVER_TYPES.indexOf(t)).join(',')})`);
      if (f.outlets.length && leaveOut !== 'outlets')
        parts.push(`outlet IN (${f.outlets.map((o) => index.outletIndex.get(o) ?? -1).join(',')})`);
      if ((f.from || f.to) && leaveOut !== 'date')
        parts.push(`day BETWEEN ${f.from ? dayNumber(f.from) : -100000000} AND ${f.to ? dayNumber(f.to) : 100000000}`);
      return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
    };
    let rows = 0;
    rows += conn.query(`SELECT count(*) FROM events ${where(null)}`).numRows;
    rows += conn.query(`SELECT type, count(*) FROM events ${where('types')} GROUP BY type`).numRows;
    rows += conn.query(`SELECT outlet, count(*) FROM events ${where('outlets')} GROUP BY outlet`).numRows;
    rows += conn.query(`SELECT day, count(*) FROM events ${where('date')} GROUP BY day`).numRows;
    rows += conn.query(
      `SELECT a, count(*) FROM ea WHERE e IN (SELECT i FROM events ${where('actors')}) GROUP BY a`,
    ).numRows;
    return rows;
  };
  return { build, run };
}
