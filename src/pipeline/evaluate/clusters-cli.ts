import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { type ClusterCase, evaluateClusters, type FoundReport } from './clusters-eval.ts';

// `npm run eval:clusters [-- --verbose] [-- --file cases.jsonl]`: reports of one event across outlets, one cluster?
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const fileArg = args.indexOf('--file');
const file = resolve(fileArg >= 0 ? (args[fileArg + 1] ?? '') : 'data/eval/cluster-cases.jsonl');
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as ClusterCase);
const { found, score: s } = evaluateClusters(cases, compileResources(loadResourceData(resolve('data'))));

const f2 = (x: number) => x.toFixed(2);
const articles = cases.reduce((n, c) => n + c.articles.length, 0);
const conflicts = new Set(cases.map((c) => c.conflict)).size;
console.log(`cluster cases: ${cases.length} stories, ${conflicts} conflicts, ${articles} articles (${file})`);
console.log(`gold reports extracted (type family and named parties): ${s.found} of ${s.reports}`);
console.log(
  `pairwise joins: precision ${f2(s.precision)}  recall ${f2(s.recall)}  F1 ${f2(s.f1)}  (${s.joinedGoldPairs} of ${s.goldPairs} gold pairs joined, ${s.falseJoins.length} of ${s.joinedPairs} joined pairs wrong)`,
);
const bothFound = (a: FoundReport, b: FoundReport) => a.clusters.length > 0 && b.clusters.length > 0;
const pairs = found.flatMap((a, i) =>
  found
    .slice(i + 1)
    .filter((b) => b.event === a.event && bothFound(a, b))
    .map((b) => [a, b] as const),
);
const joinedFound = pairs.filter(([a, b]) => a.clusters.some((c) => b.clusters.includes(c))).length;
console.log(
  `recall over gold pairs whose two reports were both extracted: ${f2(pairs.length ? joinedFound / pairs.length : 0)} (${joinedFound} of ${pairs.length})`,
);
console.log(
  `gold events reported by several outlets joined across all of them: ${s.fullyJoinedEvents} of ${s.multiOutletEvents}`,
);

if (verbose) {
  console.log('\nwrong joins:');
  for (const [a, b] of s.falseJoins)
    console.log(`  ${a.event} [${a.report.article}] ~ ${b.event} [${b.report.article}]`);
  console.log('\nreports, by event (clusters of matching events; - when none was extracted):');
  for (const c of cases)
    for (const g of c.events) {
      const reports = found.filter((f) => f.event === (g.key ?? `${c.id}/${g.id}`) && f.caseId === c.id);
      const split =
        new Set(reports.map((r) => r.clusters.join('|'))).size > 1 || reports.some((r) => !r.clusters.length);
      console.log(`${split ? '✗' : '✓'} ${c.id}/${g.id}: ${g.description}`);
      for (const r of reports)
        console.log(
          `    ${r.report.article} ${r.report.type} ${r.report.actors.join('+')}: ${r.labels.join('; ') || '-'}`,
        );
    }
}
