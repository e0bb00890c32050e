import type { GazetteerActor } from '../resource-schemas.ts';
import { slug } from '../../text/slug.ts';
import { currentCode, type PhoenixActorRecord } from './parse-phoenix-actors.ts';
import { looksLikeAcronym, phraseWords, titleCase } from './phoenix-phrase.ts';

/** Words that make a phrase the name of an organisation, not of a person ("Agency", "Council", "Front"). */
const ORGANISATION_WORDS = new Set([
  'organization',
  'organisation',
  'union',
  'council',
  'agency',
  'fund',
  'bank',
  'commission',
  'court',
  'association',
  'league',
  'committee',
  'programme',
  'program',
  'nations',
  'community',
  'forum',
  'alliance',
  'treaty',
  'tribunal',
  'office',
  'conference',
  'parliament',
  'assembly',
  'secretariat',
  'cooperation',
  'co-operation',
  'institute',
  'federation',
  'movement',
  'front',
  'army',
  'brigade',
  'brigades',
  'party',
  'group',
  'groups',
  'force',
  'forces',
  'mission',
  'cross',
  'crescent',
  'watch',
  'international',
  'society',
  'foundation',
  'centre',
  'center',
  'network',
  'coalition',
  'militia',
  'guard',
  'guards',
  'jihad',
  'mujahideen',
  'taliban',
  'resistance',
  'liberation',
  'battalion',
]);

/** Names of movements that are also organisation words ("Taliban") still name one group on their own. */
const PROPER_MOVEMENTS = new Set(['taliban', 'mujahideen', 'jihad']);

/** Words that name kinds of groups rather than one group: a name made only of these is ambiguous ("Islamic Group"). */
const GENERIC_WORDS = new Set([
  ...[...ORGANISATION_WORDS].filter((w) => !PROPER_MOVEMENTS.has(w)),
  'islamic',
  'national',
  'popular',
  'revolutionary',
  "people's",
  'peoples',
  'arab',
  'democratic',
  'red',
  'new',
  'the',
  'of',
  'for',
  'and',
  'in',
  'socialist',
  'communist',
  'workers',
  'holy',
  'martyrs',
  'cells',
  'cell',
  'commandos',
  'non',
  'governmental',
  'government',
  'intergovernmental',
  'world',
  'global',
  'human',
  'rights',
  'youth',
  'women',
  'students',
  'freedom',
  'defense',
  'defence',
  'self-defense',
  'special',
  'secret',
  'armed',
  'free',
  'patriotic',
]);

/** Words of people's titles: "World Bank President" or "Special Rapporteur of ..." name a person, not the body. */
const PERSON_WORDS =
  /\b(president|secretary|chief|director|spokesman|spokesperson|spokeswoman|head|envoy|official|officials|minister|ambassador|representative|rapporteur|monitor|chairman|chairwoman|chair|leader|commander|founder|members?|staff|delegate|officer|expert|experts|coordinator|commissioner|judge|prosecutor)\b/i;

/**
 * Acronyms Phoenix gives to minor groups that news uses for something else: "PLA" is China's army, "CAR" the
 * Central African Republic, "ANA" the Afghan National Army, "LET" and "ZERO" are words in capitals.
 */
const AMBIGUOUS_ACRONYMS = new Set(['PLA', 'CAR', 'ANA', 'LET', 'ZERO', 'HUM', 'ERG', 'ISA', 'CBA']);

/** A converted organisation: the actor and the Phoenix code it came from. */
type Converted = { actor: GazetteerActor; code: string };

/**
 * Intergovernmental organisations (Phoenix code IGO...) and non-governmental ones (NGO...) of the
 * Phoenix international dictionary. Records naming people, firms and stray phrases are left out; an
 * acronym-only record ("IAEA_ [IGOUNOIAE]") joins the one organisation that has its code.
 */
export function convertOrganisations(
  records: PhoenixActorRecord[],
  isCommonWord: (word: string) => boolean,
): GazetteerActor[] {
  const kept: Converted[] = [];
  const acronyms: { phrase: string; code: string }[] = [];
  for (const record of records) {
    const code = currentCode(record) ?? '';
    const kind = code.startsWith('IGO') ? 'igo' : code.startsWith('NGO') ? 'organization' : null;
    if (!kind) continue;
    if (record.phrases.length === 1 && looksLikeAcronym(record.phrases[0]!))
      acronyms.push({ phrase: record.phrases[0]!, code });
    else if (namesOrganisation(record.phrases[0]!)) {
      const actor = toActor(record, kind, null, isCommonWord);
      if (actor) kept.push({ actor, code });
    }
  }
  for (const { phrase, code } of acronyms) {
    const owners = kept.filter((k) => k.code === code);
    if (owners.length === 1) owners[0]!.actor.aliases.push(acronymText(phrase));
  }
  return mergeSameName(kept.map((k) => k.actor));
}

/**
 * Armed non-state groups of the Phoenix MilNonState dictionary; the country is the state whose code
 * opens the group's code ("PAKREB" -> PAK) when that is a state.
 */
export function convertArmedGroups(
  records: PhoenixActorRecord[],
  stateCodes: Set<string>,
  isCommonWord: (word: string) => boolean,
): GazetteerActor[] {
  const actors = records.flatMap((record) => {
    // The "__" section of the file lists members beside groups ("HAMBALI__ # leader jma"): names only.
    const primary = record.phrases[0]!;
    if (primary.endsWith('__') && !namesOrganisation(primary) && !looksLikeAcronym(primary)) return [];
    const prefix = (currentCode(record) ?? '').slice(0, 3);
    return toActor(record, 'armed-group', stateCodes.has(prefix) ? prefix : null, isCommonWord) ?? [];
  });
  return mergeSameName(actors);
}

/**
 * Records that differ only in spelling ("Organisation"/"Organization", "Co-operation") are one actor;
 * aliases shared by two different actors are dropped from both, as text could mean either.
 */
function mergeSameName(actors: GazetteerActor[]): GazetteerActor[] {
  const byKey = new Map<string, GazetteerActor>();
  for (const actor of actors) {
    const key = spellingKey(actor.name);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...actor, id: slug(key) });
    else seen.aliases = [...new Set([...seen.aliases, actor.name, ...actor.aliases])].filter((a) => a !== seen.name);
  }
  const owners = new Map<string, Set<string>>();
  for (const actor of byKey.values())
    for (const form of [actor.name, ...actor.aliases]) owners.set(form, (owners.get(form) ?? new Set()).add(actor.id));
  return [...byKey.values()].map((actor) => ({
    ...actor,
    aliases: actor.aliases.filter((a) => owners.get(a)!.size === 1),
  }));
}

function spellingKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/organisation/g, 'organization')
    .replace(/co-operation/g, 'cooperation')
    .replace(/programme/g, 'program')
    .replace(/labour/g, 'labor');
}

/** Armed groups the country dictionary lists among a state's entries ("THE_ISLAMIC_STATE [IMGMUSISI]"). */
export function isArmedGroupRecord(record: PhoenixActorRecord): boolean {
  const code = currentCode(record) ?? '';
  return code.startsWith('IMG') || /^[A-Z]{3}(REB|INS)$/.test(code);
}

function namesOrganisation(phrase: string): boolean {
  return phraseWords(phrase).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
}

/**
 * The actor of a record, or null when its name is a person's title or only generic words. Aliases keep
 * the primary phrase, acronyms of three letters or more, and longer forms that still name a kind of group
 * (so a leader's name listed as a synonym, or a lone "Al-Aqsa", does not become the group).
 */
function toActor(
  record: PhoenixActorRecord,
  kind: GazetteerActor['kind'],
  country: string | null,
  isCommonWord: (word: string) => boolean,
): GazetteerActor | null {
  const forms: { text: string; primary: boolean }[] = [];
  record.phrases.forEach((phrase, i) => {
    const { name, acronym } = splitParenthesisedAcronym(phrase);
    const acronymForm = looksLikeAcronym(name);
    forms.push({
      text: (acronymForm ? acronymText(name) : titleCase(name, true)).replace(/^The /, ''),
      primary: i === 0,
    });
    if (acronym && looksLikeAcronym(acronym)) forms.push({ text: acronym, primary: false });
  });
  const usable = forms.filter((f) => isUsableForm(f.text, f.primary, isCommonWord)).map((f) => f.text);
  const name = usable.find((f) => f.includes(' ')) ?? usable[0];
  if (!name || PERSON_WORDS.test(name) || isGeneric(name)) return null;
  return {
    id: slug(name),
    name,
    kind,
    country,
    aliases: [...new Set(usable)].filter((f) => f !== name),
    affiliation: null,
    roles: [],
  };
}

function isUsableForm(text: string, primary: boolean, isCommonWord: (word: string) => boolean): boolean {
  if (text.length < 3 || PERSON_WORDS.test(text) || isGeneric(text)) return false;
  const words = text.split(' ');
  if (words.length === 1)
    return /^[A-Z0-9.-]+$/.test(text)
      ? looksLikeAcronym(text) && !AMBIGUOUS_ACRONYMS.has(text)
      : primary && !isCommonWord(text);
  return primary || words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
}

function isGeneric(text: string): boolean {
  return text.split(/[\s-]+/).every((w) => GENERIC_WORDS.has(w.toLowerCase()));
}

/** "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" -> the name and the acronym in brackets. */
function splitParenthesisedAcronym(phrase: string): { name: string; acronym: string | null } {
  const match = /^(.*?)[_\s]*\(([A-Z][A-Z.-]{1,9})\)_?$/.exec(phrase);
  return match ? { name: match[1]!, acronym: match[2]! } : { name: phrase, acronym: null };
}

/** Acronyms keep their capitals ("UNHCR", "U.N."); Phoenix's trailing "_" goes. */
function acronymText(phrase: string): string {
  return phraseWords(phrase).join(' ');
}
