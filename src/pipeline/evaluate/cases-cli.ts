import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { type ConstructionCase, type ScoreRow, scoreCase, summariseCases } from './cases-eval.ts';

// `npm run eval:cases [-- --verbose] [-- --file cases.jsonl]`: the team's construction cases (docs/constructions.md).
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const fileArg = args.indexOf('--file');
const file = resolve(fileArg >= 0 ? (args[fileArg + 1] ?? '') : 'data/eval/construction-cases.jsonl');
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as ConstructionCase);
const resources = compileResources(loadResourceData(resolve('data')));
const outcomes = cases.map((c) => scoreCase(c, resources));
const s = summariseCases(outcomes);

const pct = (a: number, b: number) => (b === 0 ? '   -' : (a / b).toFixed(2));
const head = `${'n'.padStart(5)}  ${['type', 'actors', 'date', 'modal', 'full'].map((h) => h.padStart(6)).join(' ')}`;
const cells = (r: ScoreRow) =>
  `${String(r.n).padStart(5)}  ${[r.type, r.actors, r.date, r.modality, r.full].map((x) => pct(x, r.n).padStart(6)).join(' ')}`;
function table(title: string, rows: [string, ScoreRow][]): void {
  const width = Math.max(title.length, ...rows.map(([k]) => k.length)) + 1;
  console.log(`\n${title.padEnd(width)}${head}`);
  for (const [key, row] of rows) console.log(`${key.padEnd(width)}${cells(row)}`);
}

console.log(`construction cases: ${s.cases}, expected events: ${s.overall.n} (${file})`);
console.log(
  `case score ${pct(s.overall.full, s.overall.n)}  (expected events fully matched: type, actors, date, modality)`,
);
console.log(
  `type ${pct(s.overall.type, s.overall.n)}   actors ${pct(s.overall.actors, s.overall.n)}   date ${pct(s.overall.date, s.overall.n)}   modality ${pct(s.overall.modality, s.overall.n)}`,
);
console.log(`forbidden events produced: ${s.forbidden} (in ${s.forbiddenCases} cases)`);
table('construction', s.byConstruction);
table('type', s.byType);
table('conflict', s.byConflict);

if (verbose) {
  console.log('\nmisses and forbidden events:');
  for (const o of outcomes) {
    const missed = o.expected.filter((x) => !x.full);
    if (missed.length === 0 && o.forbiddenHits.length === 0) continue;
    console.log(`\n${o.case.id} [${o.case.construction}] ${o.case.text}`);
    for (const x of missed) {
      const e = x.expected;
      const parts = (['type', 'actors', 'date', 'modality'] as const).filter((p) => !x[p]).join(',');
      console.log(
        `  MISS ${e.type} ${e.source.join('+')} -> ${e.target.join('+')} ${e.date ?? '-'}/${e.precision} ${e.modality} (wrong: ${parts})`,
      );
    }
    for (const f of o.forbiddenHits) console.log(`  FORBIDDEN ${JSON.stringify(f)}`);
    console.log(`  got: ${o.mentions.map((m) => m.label).join('; ') || 'nothing'}`);
  }
}
