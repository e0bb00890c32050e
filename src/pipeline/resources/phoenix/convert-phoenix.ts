import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gazetteerFileSchema, type GazetteerActor } from '../resource-schemas.ts';
import { isCommonWord } from './common-words.ts';
import { convertAgents } from './convert-agents.ts';
import { convertArmedGroups, convertOrganisations, isArmedGroupRecord } from './convert-groups.ts';
import { convertStates, type StateAdditionsFile } from './convert-states.ts';
import { parsePhoenixActors } from './parse-phoenix-actors.ts';
import { parsePhoenixAgents } from './parse-phoenix-agents.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const DEFAULT_SOURCE = resolve(ROOT, '../shared/third-party/petrarch2-dictionaries');
const OUTPUT = join(ROOT, 'data/third-party/phoenix');

/** Everything the converter writes, by file name under `data/third-party/phoenix/`. */
export type PhoenixConversion = Record<
  'states.json' | 'organisations.json' | 'armed-groups.json' | 'agents.json',
  unknown
>;

/** Converts the Phoenix dictionaries in `sourceDir` with Parley's state additions: a pure function of the files. */
export function convertPhoenix(sourceDir: string, additions: StateAdditionsFile): PhoenixConversion {
  const read = (file: string) => readFileSync(join(sourceDir, file), 'utf8');
  const countries = parsePhoenixActors(read('Phoenix.Countries.actors.txt'));
  const states = convertStates(countries, additions);
  const stateCodes = new Set(states.map((s) => s.country ?? ''));
  const organisations = convertOrganisations(
    parsePhoenixActors(read('Phoenix.International.actors.txt')),
    isCommonWord,
  );
  const groupRecords = [
    ...parsePhoenixActors(read('Phoenix.MilNonState.actors.txt')),
    ...countries.filter(isArmedGroupRecord),
  ];
  const armedGroups = convertArmedGroups(groupRecords, stateCodes, isCommonWord);
  return {
    'states.json': gazetteerFile(states),
    'organisations.json': gazetteerFile(organisations),
    'armed-groups.json': gazetteerFile(armedGroups),
    'agents.json': convertAgents(parsePhoenixAgents(read('Phoenix.agents.txt'))),
  };
}

function gazetteerFile(actors: GazetteerActor[]) {
  const sorted = [...actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return gazetteerFileSchema.parse({ version: 1, actors: sorted });
}

function main(): void {
  const sourceDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_SOURCE;
  const additions = JSON.parse(readFileSync(join(OUTPUT, 'parley-state-additions.json'), 'utf8')) as StateAdditionsFile;
  const files = convertPhoenix(sourceDir, additions);
  mkdirSync(OUTPUT, { recursive: true });
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(OUTPUT, name), `${JSON.stringify(content, null, 1)}\n`);
  copyFileSync(join(sourceDir, 'LICENSE'), join(OUTPUT, 'LICENSE'));
  const count = (name: keyof PhoenixConversion) => (files[name] as { actors: unknown[] }).actors.length;
  console.log(
    `phoenix: ${count('states.json')} states, ${count('organisations.json')} organisations, ${count('armed-groups.json')} armed groups -> ${OUTPUT}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
