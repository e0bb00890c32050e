import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBundle } from '../bundle/build-bundle.ts';
import { readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData } from '../resources/load-resources.ts';
import { formatScores, type GoldFile, matchesGold, scoreBundle } from './score.ts';

// Scores the seed articles against the gold annotation; --verbose lists misses and false alarms.
const verbose = process.argv.includes('--verbose');
const input = resolve('data/articles');
const resources = compileResources(loadResourceData(resolve('data'), input));
const { bundle } = buildBundle(readCorpus(input, '2100-01-01'), resources);
const gold = JSON.parse(readFileSync(resolve('src/pipeline/evaluate/seed-gold.json'), 'utf8')) as GoldFile;
const { perArticle, overall } = scoreBundle(bundle, gold);
console.log('Lenient match (headline figures):');
console.log(formatScores([...perArticle, overall]));
const strict = scoreBundle(bundle, gold, 'strict');
console.log('Strict match (undated predictions and missing targets count as wrong):');
console.log(formatScores([strict.overall]));
if (verbose) {
  for (const [articleId, { events }] of Object.entries(gold.articles)) {
    const predicted = bundle.events.filter((e) => e.articleId === articleId);
    for (const g of events.filter((g) => !predicted.some((p) => matchesGold(p, g))))
      console.log(`MISS ${g.id} ${g.type} ${g.modality} ${g.date}/${g.precision} ${g.source.join('+')} -> ${g.target.join('+')} | ${g.mentions[0]?.slice(0, 110)}`);
    for (const p of predicted.filter((p) => !events.some((g) => matchesGold(p, g))))
      console.log(`FALSE ${p.id} ${p.type} ${p.modality} ${p.date}/${p.datePrecision} ${p.source.join('+')} -> ${p.target.join('+')} [${p.trigger.text}] | ${p.evidence.text.slice(0, 110)}`);
  }
}
