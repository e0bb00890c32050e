import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { type PloverCase, scorePloverCase, summarisePlover } from './plover-eval.ts';

// `npm run eval:plover [-- --verbose] [-- --file cases.jsonl]`: event typing on the public PLOVER gold sentences.
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const fileArg = args.indexOf('--file');
const file = resolve(fileArg >= 0 ? args[fileArg + 1]! : 'data/benchmarks/plover-gsr-public/cases.jsonl');
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as PloverCase)
  // A case with no type is the manual's example of a non-event; it has nothing to recall.
  .filter((c) => c.types.length > 0);
const resources = compileResources(loadResourceData(resolve('data')));
const outcomes = cases.map((c) => scorePloverCase(c, resources));
const s = summarisePlover(outcomes);
const pct = (x: number) => x.toFixed(2);
console.log(`PLOVER gold sentences: ${s.cases} (${file})`);
console.log(`type recall ${pct(s.typeRecall)}   direction ${pct(s.direction)} (of ${s.directedCases} with a named source)   no event at all: ${s.silent}`);
console.log('type        cases  hit  recall  silent');
for (const [type, row] of s.byType) console.log(`${type.padEnd(11)} ${String(row.n).padStart(5)} ${String(row.hit).padStart(4)}  ${pct(row.hit / row.n).padStart(6)}  ${String(row.silent).padStart(6)}`);
if (verbose)
  for (const o of outcomes.filter((x) => !x.typeHit || x.directionHit === false)) {
    const c = cases.find((x) => x.id === o.id)!;
    const got = o.events.map((e) => `${e.type}[${e.trigger.text}] ${e.source.join('+')}->${e.target.join('+')}`).join('; ') || 'nothing';
    console.log(`${o.typeHit ? 'DIR ' : 'MISS'} ${o.expected.join('/')} src=${c.source_names.join('|')} | got ${got} | ${c.sentence}`);
  }
