import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildCameoLexicon, type CameoRules } from './build-cameo-lexicon.ts';
import { parseCameoToPlover } from './cameo-to-plover.ts';
import { parseCameoDictionary } from './parse-cameo.ts';

// `npm run convert:cameo [-- --third-party DIR] [-- --out FILE] [-- --table-out FILE]`: writes
// data/lexicon/cameo-triggers.json from the vendored-outside CAMEO dictionary and CAMEO-to-PLOVER table, and the
// table alone as data/third-party/cameo/cameo-to-plover.json; prints what was kept and skipped.
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const thirdParty = resolve(option('--third-party', '../shared/third-party'));
const out = resolve(option('--out', 'data/lexicon/cameo-triggers.json'));
const tableOut = resolve(option('--table-out', 'data/third-party/cameo/cameo-to-plover.json'));

const TABLE_ABOUT =
  'CAMEO event code -> PLOVER type and mode, from CAMEO2PLOVER-2021.txt (PLOVER project, CC BY-SA 4.0; see PROVENANCE.md). A code missing here takes its three-digit parent; 01x statements and 02x appeals have no PLOVER type.';

const dictionary = parseCameoDictionary(
  readFileSync(resolve(thirdParty, 'petrarch2-dictionaries/CAMEO.2.0.txt'), 'utf8'),
);
const table = parseCameoToPlover(readFileSync(resolve(thirdParty, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8'));
const rules = JSON.parse(readFileSync(resolve(import.meta.dirname, 'cameo-rules.json'), 'utf8')) as CameoRules;
const { lexicon, report } = buildCameoLexicon(dictionary, table, rules);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, formatLexicon(lexicon));
// The table itself, for coded event data (GDELT exports carry CAMEO codes): one code per line.
mkdirSync(dirname(tableOut), { recursive: true });
writeFileSync(tableOut, formatTable(table));
console.log(`${table.size} CAMEO codes with their PLOVER type and mode -> ${tableOut}`);
console.log(
  `${dictionary.blocks.length} verb blocks, ${dictionary.synsets.size} synonym sets, ${table.size} table codes`,
);
console.log(`kept ${report.kept.verbs} bare verbs and ${report.kept.patterns} patterns -> ${out}`);
console.log(
  `irregular verbs ${Object.keys(lexicon.irregularVerbs).length}, doubling verbs ${lexicon.doublingVerbs.length}`,
);
for (const [reason, n] of Object.entries(report.skipped).sort((a, b) => b[1] - a[1]))
  console.log(`skipped ${String(n).padStart(5)}  ${reason}`);

/** The CAMEO-to-PLOVER table as JSON, one code per line in code order, so a reconversion's diff shows each change. */
function formatTable(codes: typeof table): string {
  const rows = [...codes].sort(([a], [b]) => a.localeCompare(b));
  const lines = rows.map(
    ([code, m], i) => `  ${JSON.stringify(code)}: ${JSON.stringify(m)}${i < rows.length - 1 ? ',' : ''}`,
  );
  return [
    '{',
    ' "version": 1,',
    ` "about": ${JSON.stringify(TABLE_ABOUT)},`,
    ' "codes": {',
    ...lines,
    ' }',
    '}',
    '',
  ].join('\n');
}

/** One trigger and one irregular verb per line, so a reconversion's diff shows each changed entry. */
function formatLexicon(l: typeof lexicon): string {
  const lines = (items: string[]) => items.map((item, i) => `  ${item}${i < items.length - 1 ? ',' : ''}`).join('\n');
  const verbs = Object.entries(l.irregularVerbs).map(
    ([verb, forms]) => `${JSON.stringify(verb)}: ${JSON.stringify(forms)}`,
  );
  return [
    '{',
    ` "version": ${l.version},`,
    ` "about": ${JSON.stringify(l.about)},`,
    ` "doublingVerbs": ${JSON.stringify(l.doublingVerbs)},`,
    ' "irregularVerbs": {',
    lines(verbs),
    ' },',
    ' "triggers": [',
    lines(l.triggers.map((t) => JSON.stringify(t))),
    ' ]',
    '}',
    '',
  ].join('\n');
}
