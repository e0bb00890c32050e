import type { GazetteerActor } from '../resource-schemas.ts';
import { currentCode, type PhoenixActorRecord } from './parse-phoenix-actors.ts';
import { editDistance, titleCase } from './phoenix-phrase.ts';

/** Parley's own additions for one state (`data/third-party/phoenix/parley-state-additions.json`). */
export type StateAdditions = {
  name?: string;
  names?: string[];
  adjectives?: string[];
  seats?: string[];
  /** Seats whose name other places or people share ("Kingston"): the government only where the state is named. */
  sharedSeats?: string[];
  dropNames?: string[];
  dropAdjectives?: string[];
};

/** The additions file: states by ISO3, Phoenix codes that are not states today, and renamed codes. */
export type StateAdditionsFile = {
  notStates: string[];
  renamedCodes: Record<string, string>;
  states: Record<string, StateAdditions>;
};

/**
 * How a demonym is made from a name: the letters the name loses and the suffixes that may follow
 * ("Lebanon" -> "Leban" + "ese", "Italy" -> "Ital" + "ian", "Pakistan" + "i", "Thailand" -> "Thai").
 * Truncations ("Afghan", "Thai", "Uzbek") come only from -stan and -land, so misspelt names ("Ukrain")
 * are not taken for demonyms.
 */
const DEMONYM_RULES: { ending: string; suffixes: string[] }[] = [
  { ending: '', suffixes: ['n', 'an', 'ian', 'ean', 'i', 'ese', 'lese', 'ish', 'ic', 'er', 'ot', 'ine', 'in'] },
  { ending: 'a', suffixes: ['n', 'an', 'ian', 'ese', 'ish', 'ic', 'ine', 'in'] },
  { ending: 'e', suffixes: ['an', 'ian', 'ese', 'ish'] },
  { ending: 'i', suffixes: ['an', 'ian', 'ese'] },
  { ending: 'o', suffixes: ['an', 'ian', 'ese', 'in'] },
  { ending: 'y', suffixes: ['ian', 'ish'] },
  { ending: 'ia', suffixes: ['an', 'ian', 'ese', 'ish', 'ic'] },
  { ending: 'us', suffixes: ['iot', 'ian'] },
  { ending: 'um', suffixes: ['an', 'ian'] },
  { ending: 'on', suffixes: ['ese'] },
  { ending: 'ey', suffixes: ['ish'] },
  { ending: 'land', suffixes: [''] },
  { ending: 'istan', suffixes: [''] },
  { ending: 'stan', suffixes: [''] },
];

/**
 * Every state of the Phoenix country dictionary as a gazetteer actor: its name and official forms as
 * aliases, its demonyms as adjectives and its seats of government. Cities, provinces, misspellings and
 * historical names that Phoenix lists as synonyms are dropped: a city is a place, not its government.
 */
export function convertStates(records: PhoenixActorRecord[], additions: StateAdditionsFile): GazetteerActor[] {
  const byCode = pickStateRecords(records, additions);
  const codes = [
    ...new Set([...byCode.keys(), ...Object.keys(additions.states).filter((c) => additions.states[c]!.name)]),
  ].sort();
  const names = new Map(codes.map((code) => [code, stateName(code, byCode.get(code), additions.states[code])]));
  const otherNames = [...names.values()];
  return codes.map((code) =>
    buildState(code, names.get(code)!, byCode.get(code), additions.states[code] ?? {}, otherNames),
  );
}

/** The record of each state code: the one with most phrases (a country's block, not a stray city). */
function pickStateRecords(
  records: PhoenixActorRecord[],
  additions: StateAdditionsFile,
): Map<string, PhoenixActorRecord> {
  const byCode = new Map<string, PhoenixActorRecord>();
  for (const record of records) {
    const raw = currentCode(record);
    if (!raw || !/^[A-Z]{3}$/.test(raw) || additions.notStates.includes(raw)) continue;
    const code = additions.renamedCodes[raw] ?? raw;
    const seen = byCode.get(code);
    if (!seen || record.phrases.length > seen.phrases.length) byCode.set(code, record);
  }
  return byCode;
}

function stateName(code: string, record: PhoenixActorRecord | undefined, added: StateAdditions | undefined): string {
  if (added?.name) return added.name;
  if (!record) throw new Error(`state ${code} has neither a Phoenix record nor a name in the additions`);
  return titleCase(record.phrases[0]!);
}

function buildState(
  code: string,
  name: string,
  record: PhoenixActorRecord | undefined,
  added: StateAdditions,
  otherNames: string[],
): GazetteerActor {
  const phrases = (record?.phrases ?? []).map((p) => titleCase(p)).filter((p) => !/\d/.test(p));
  const officialForms = phrases.filter((p) => isOfficialForm(p, name));
  const shortForms = unique(phrases.map(withSaint).filter((p) => isShortFormOf(p, name)));
  // "Vincentian" is made from "Saint Vincent" without its "Saint".
  const bases = [name, ...shortForms].flatMap((n) => [n, n.replace(/^Saint /, '')]);
  const demonymOf = (p: string) => bases.some((n) => isDemonymOf(p, n, otherNames));
  const adjectives: string[] = [];
  for (const candidate of [...(added.adjectives ?? []), ...phrases.filter(demonymOf)])
    if (!adjectives.some((a) => a === candidate || editDistance(a, candidate) <= 1)) adjectives.push(candidate);
  const drop = (list: string[], dropped: string[] = []) => list.filter((x) => !dropped.includes(x));
  return {
    id: code.toLowerCase(),
    name,
    kind: 'state',
    country: code,
    aliases: unique(
      drop([name, ...(added.names ?? []), ...officialForms, ...shortForms], added.dropNames).flatMap(withStForms),
    ).filter((a) => a !== name),
    affiliation: null,
    roles: [],
    adjectives: drop(adjectives, added.dropAdjectives),
    seats: unique(added.seats ?? []),
    ...(added.sharedSeats?.length ? { sharedSeats: unique(added.sharedSeats) } : {}),
  };
}

/**
 * "Trinidad" for "Trinidad and Tobago", "Saint Vincent" for "Saint Vincent and the Grenadines": the first part
 * of a two-part name, when Phoenix lists it as a name of the state, is how news names the state.
 */
function isShortFormOf(phrase: string, name: string): boolean {
  return name.startsWith(`${phrase} and `);
}

/** Phoenix spells Saint both ways; one spelling, "Saint", is kept and the St forms are made from it. */
function withSaint(phrase: string): string {
  return phrase.replace(/^St\.? /, 'Saint ');
}

/** "Saint Lucia" is written "St Lucia" and "St. Lucia" too; the name itself, with "Saint", comes first. */
function withStForms(name: string): string[] {
  return name.startsWith('Saint ') ? [name, name.replace(/^Saint /, 'St '), name.replace(/^Saint /, 'St. ')] : [name];
}

/** How official forms of a state's name begin ("Islamic Republic of", "Kingdom of", "State of"). */
const OFFICIAL_FORM =
  /^(Republic|Kingdom|State|Federation|Federal|Islamic|People's|Peoples|Democratic|United|Commonwealth|Sultanate|Hashemite|Principality|Grand|Federated|Socialist|Bolivarian|Plurinational|Oriental|Arab) /;

/** "Islamic Republic of Afghanistan" for "Afghanistan": a longer official form with every word of the name. */
function isOfficialForm(phrase: string, name: string): boolean {
  const words = phrase.split(' ');
  return (
    phrase !== name &&
    OFFICIAL_FORM.test(phrase) &&
    words.includes('of') &&
    name.split(' ').every((w) => words.includes(w))
  );
}

/**
 * Whether a phrase is a demonym of the state called `name`: the same words but the last, which is the
 * name's last word with a demonym suffix ("Sri Lankan", "Pakistani", "Congolese", "Thai"), and which
 * does not spell a longer state name ("Nigerian" is not Niger's).
 */
export function isDemonymOf(phrase: string, name: string, stateNames: string[]): boolean {
  const words = phrase.split(' ');
  const nameWords = name.replace(/^The /, '').split(' ');
  if (words.length !== nameWords.length || phrase === name) return false;
  if (words.slice(0, -1).join(' ') !== nameWords.slice(0, -1).join(' ')) return false;
  const last = words.at(-1)!.toLowerCase();
  const nameLast = nameWords.at(-1)!.toLowerCase();
  if (stateNames.some((other) => other.length > name.length && last.startsWith(other.toLowerCase()))) return false;
  return DEMONYM_RULES.some(({ ending, suffixes }) => {
    if (!nameLast.endsWith(ending)) return false;
    const stem = nameLast.slice(0, nameLast.length - ending.length);
    return stem.length >= 3 && suffixes.some((suffix) => last === stem + suffix && last !== nameLast);
  });
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
