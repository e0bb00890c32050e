import type { Actor } from '../../model/bundle-schema.ts';
import type { AgentSectors, ArmedForces, GazetteerActor, Office, Role } from '../resources/resource-schemas.ts';
import { addArmedForcesNames } from './armed-forces-names.ts';
import { compileGoverningGroups, type GoverningGroups } from './governing-groups.ts';
import { isCommonWord } from '../resources/phoenix/common-words.ts';
import { foldToAscii } from '../text/fold.ts';
import { phraseTokens } from '../text/tokens.ts';
import { caseVariants, GOVERNMENT_NOUNS, LEADER_OFFICES, MILITARY_NOUNS, OFFICE_TITLES } from './office-titles.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { familyNameOf, givenNamesOf } from './family-names.ts';
import { compileSectors, MILITARY_SECTOR, type SectorIndex } from './sector-agents.ts';

/** What a dictionary phrase in text refers to. */
export type PhraseMeaning =
  | { kind: 'name'; actorId: string }
  | { kind: 'seat'; actorId: string }
  | { kind: 'shared-seat'; actorId: string }
  | { kind: 'group'; actorId: string }
  | { kind: 'adjective'; actorId: string }
  | { kind: 'role'; offices: Office[]; of: string | null }
  | { kind: 'military' }
  | { kind: 'organisation-anaphor' }
  | { kind: 'bloc-anaphor' };

/** The compiled gazetteer: actor records, a phrase trie and role holders by office. */
export type Gazetteer = {
  actors: Map<string, GazetteerActor>;
  phrases: PhraseTrie<PhraseMeaning>;
  holders: Map<string, { actorId: string; role: Role }[]>;
  /** A state's armed forces when the gazetteer has them ("Israeli military" -> the IDF), for "the military". */
  militaryOf: Map<string, string>;
  /** Groups that govern a state de facto, by the state's id, with dates. */
  governingGroups: GoverningGroups;
  /** Generic agents by sector, composed with states ("Pakistani police") or standing alone ("protesters"). */
  sectors: SectorIndex;
  /** `${actorId}|${phrase}` for each surname or family name standing alone: weaker than another's whole name. */
  shortNames: Set<string>;
  /** Seas, rivers and landforms, whose names hold a state's ("South China Sea", "Jordan Valley"): not actors. */
  landforms: PhraseTrie<true>;
};

/** Bare phrases for "the military" of whichever state the text is about. */
const MILITARY_WORDS = ['military', 'army', 'armed forces'];

/** "the group", "the militant group", "the organization": the organisation last named. */
const ORGANISATION_NOUNS = ['group', 'organization', 'organisation', 'movement', 'militia', 'faction'];

/** "the bloc", "the alliance": the intergovernmental organisation last named (`find-mentions.ts`). */
const BLOC_NOUNS = ['bloc', 'alliance'];

/** The key of `holders` for an office and its owner. */
export const holderKey = (office: Office, of: string | null) => `${office}|${of ?? ''}`;

const GOVERNMENT_NOUN_TOKENS = GOVERNMENT_NOUNS.map(phraseTokens);
const MILITARY_NOUN_TOKENS = MILITARY_NOUNS.map(phraseTokens);

/** An owner's names and demonyms, for composed phrases. */
type OwnerForms = { names: string[]; adjectives: string[] };

/** Forms short enough to compose with ("Sri Lanka", "Bosnia and Herzegovina"), not official forms with "of". */
function composable(forms: string[]): string[][] {
  return [...new Set(forms)].map(phraseTokens).filter((tokens) => tokens.length <= 4 && !tokens.includes('of'));
}

function meaningKey(m: PhraseMeaning): string {
  if ('actorId' in m) return `${m.kind}|${m.actorId}`;
  return m.kind === 'role' ? `role|${m.offices.join(',')}|${m.of ?? ''}` : m.kind;
}

const SURNAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn']);
// Surnames that are everyday words too, which a capital at the start of a sentence would make a name.
const WORD_SURNAMES = new Set(['rice', 'power', 'price', 'young', 'king', 'brown', 'green', 'white', 'black', 'rose']);

/**
 * A person's surname, which news uses after the first mention ("Tshisekedi", "von der Leyen"): the record's own
 * `surname` when it has the field (null for none), else the last word with the particles before it, at least four
 * letters and not an everyday word. Several people with one surname are told apart as any shared alias is (the
 * one the article named, else the one in office); another actor's whole name comes first (`find-mentions.ts`).
 */
function surnameOf(actor: GazetteerActor): string[] {
  if (actor.kind !== 'person' || actor.surname === null) return [];
  if (actor.surname !== undefined) return [actor.surname];
  const words = actor.name.split(/\s+/);
  if (words.length < 2) return [];
  let start = words.length - 1;
  while (start > 1 && SURNAME_PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  const last = words.at(-1)!;
  if (last.length < 4 || !/^\p{Lu}/u.test(last) || isCommonWord(last) || WORD_SURNAMES.has(last.toLowerCase()))
    return [];
  return [words.slice(start).join(' ')];
}

/** Names as written and, when they carry accents or letters like "ł", as news in plain ASCII prints them ("Lourenco"). */
function withoutAccents(names: string[]): string[] {
  const out = new Set(names);
  for (const name of names) {
    const plain = foldToAscii(name);
    if (plain !== name) out.add(plain);
  }
  return [...out];
}

/** Builds the phrase trie and role index from gazetteer records (later records replace earlier ones of the same id). */
export function compileGazetteer(
  records: GazetteerActor[],
  agents?: AgentSectors,
  landformNames: string[] = [],
  armedForces: ArmedForces = [],
): Gazetteer {
  const actors = new Map<string, GazetteerActor>();
  for (const record of records) actors.set(record.id, record);
  const militaryOf = findMilitaries(actors);
  const states = [...actors.values()].filter((a) => a.kind === 'state');
  const sectors = compileSectors(states, agents, militaryOf);
  const phrases = new PhraseTrie<PhraseMeaning>();
  const holders = new Map<string, { actorId: string; role: Role }[]>();
  const ownerForms = new Map<string, OwnerForms>();
  const meanings = new Map<string, PhraseMeaning>();
  // One shared object per meaning, so the trie keeps each meaning once per phrase.
  const meaning = (m: PhraseMeaning) => {
    const key = meaningKey(m);
    const seen = meanings.get(key);
    if (seen) return seen;
    meanings.set(key, m);
    return m;
  };
  const addPhrase = (text: string, m: PhraseMeaning) => phrases.add(phraseTokens(stripArticle(text)), meaning(m));
  const addTokens = (tokens: string[], m: PhraseMeaning) => phrases.add(tokens, meaning(m));

  const givenNames = givenNamesOf(actors.values());
  const shortNameKeys = new Set<string>();
  for (const actor of actors.values()) {
    const shortNames = withoutAccents([...surnameOf(actor), ...familyNameOf(actor, givenNames)]);
    for (const name of shortNames) shortNameKeys.add(shortNameKey(actor.id, phraseTokens(name)));
    for (const name of withoutAccents([actor.name, ...actor.aliases, ...shortNames]))
      addPhrase(name, { kind: 'name', actorId: actor.id });
    for (const seat of actor.seats ?? []) addPhrase(seat, { kind: 'seat', actorId: actor.id });
    for (const seat of actor.sharedSeats ?? []) addPhrase(seat, { kind: 'shared-seat', actorId: actor.id });
    const names = [actor.name, ...actor.aliases].map(stripArticle);
    const adjectives = actor.adjectives ?? (actor.kind === 'state' ? [] : names);
    // Compositions ("Pakistan's foreign minister", "Thai officials") use short forms, tokenized once:
    // official forms ("Islamic Republic of Pakistan's ...") add many phrases that text never uses.
    ownerForms.set(actor.kind === 'state' && actor.country ? actor.country : actor.id, { names, adjectives });
    if (actor.kind === 'state') {
      for (const adjective of adjectives) addPhrase(adjective, { kind: 'adjective', actorId: actor.id });
      const military = sectors.actorOf.get(`${actor.id}|military`) ?? militaryOf.get(actor.id) ?? actor.id;
      for (const form of composable([...adjectives, ...names])) {
        for (const noun of GOVERNMENT_NOUN_TOKENS) addTokens([...form, ...noun], { kind: 'group', actorId: actor.id });
        for (const noun of MILITARY_NOUN_TOKENS) addTokens([...form, ...noun], { kind: 'group', actorId: military });
      }
    }
    const group = governingGroup(actor, actors);
    for (const role of actor.roles) {
      const of = role.of ?? actor.affiliation;
      for (const owner of group && ofState(role.of) ? [of, group] : [of]) {
        const key = holderKey(role.office, owner);
        holders.set(key, [...(holders.get(key) ?? []), { actorId: actor.id, role }]);
      }
    }
  }
  addRolePhrases(actors, ownerForms, addTokens);
  addArmedForcesNames(
    armedForces,
    actors,
    sectors.actors,
    (state) => sectors.actorOf.get(`${state}|${MILITARY_SECTOR}`) ?? militaryOf.get(state),
    (name, actorId) => addPhrase(name, { kind: 'name', actorId }),
  );
  for (const word of MILITARY_WORDS) addPhrase(word, { kind: 'military' });
  for (const word of ORGANISATION_NOUNS) addPhrase(word, { kind: 'organisation-anaphor' });
  for (const word of BLOC_NOUNS) addPhrase(word, { kind: 'bloc-anaphor' });
  // Composed actors are matched by the sector index, not by phrases of their own.
  for (const actor of sectors.actors) if (!actors.has(actor.id)) actors.set(actor.id, actor);
  const landforms = new PhraseTrie<true>();
  for (const name of landformNames) landforms.add(phraseTokens(stripArticle(name)), true);
  const governingGroups = compileGoverningGroups(actors);
  return { actors, phrases, holders, militaryOf, governingGroups, sectors, shortNames: shortNameKeys, landforms };
}

/** The key of `shortNames` for an actor and a phrase's words. */
export function shortNameKey(actorId: string, words: readonly string[]): string {
  return `${actorId}|${words.join(' ')}`;
}

function addRolePhrases(
  actors: Map<string, GazetteerActor>,
  ownerForms: Map<string, OwnerForms>,
  add: (tokens: string[], m: PhraseMeaning) => void,
): void {
  const titlesByOwner = new Map<string, Map<string, Office[]>>();
  const note = (owner: string | null, title: string, office: Office) => {
    const key = owner ?? '';
    const titles = titlesByOwner.get(key) ?? new Map<string, Office[]>();
    const offices = titles.get(title) ?? [];
    if (!offices.includes(office)) titles.set(title, [...offices, office]);
    titlesByOwner.set(key, titles);
  };
  for (const actor of actors.values()) {
    const group = governingGroup(actor, actors);
    for (const role of actor.roles) {
      const owner = role.of ?? actor.affiliation;
      for (const title of [role.title.toLowerCase(), ...OFFICE_TITLES[role.office]]) {
        note(owner, title, role.office);
        note(null, title, role.office);
        // "the Taliban's foreign minister": the office of the state a person's armed group governs is the group's too.
        if (group && ofState(role.of)) note(group, title, role.office);
      }
      if (LEADER_OFFICES.includes(role.office)) note(owner, 'leader', role.office);
    }
  }
  for (const [owner, titles] of titlesByOwner) {
    const owned = owner === '' ? undefined : ownerForms.get(owner);
    const forms = owned ? { names: composable(owned.names), adjectives: composable(owned.adjectives) } : null;
    for (const [title, offices] of titles) {
      for (const t of caseVariants(title).map((v) => phraseTokens(stripArticle(v)))) {
        if (!forms) {
          add(t, { kind: 'role', offices, of: null });
          continue;
        }
        const m: PhraseMeaning = { kind: 'role', offices, of: owner };
        for (const adjective of forms.adjectives) add([...adjective, ...t], m);
        for (const name of forms.names) {
          add([...name, "'s", ...t], m);
          add([...t, 'of', ...name], m);
          // "the Kosovo prime minister", "the Iran foreign minister": a state's name before a generic title.
          if (ofState(owner) && GENERIC_TITLES.has(title)) add([...name, ...t], m);
        }
      }
    }
  }
}

/** The generic titles of offices ("prime minister", "envoy", "leader"), not one post's own title. */
const GENERIC_TITLES = new Set([...Object.values(OFFICE_TITLES).flat(), 'leader']);

/** Whether a role's owner is a state (its ISO3 code), not a region, body or group ("the Taliban" governs "AFG"). */
const ofState = (of: string | null) => of !== null && /^[A-Z]{3}$/.test(of);

/** A person's armed group, when the person holds an office of something else (a state the group governs). */
function governingGroup(actor: GazetteerActor, actors: Map<string, GazetteerActor>): string | null {
  const group = actor.kind === 'person' && actor.affiliation ? actors.get(actor.affiliation) : undefined;
  return group?.kind === 'armed-group' ? group.id : null;
}

function findMilitaries(actors: Map<string, GazetteerActor>): Map<string, string> {
  const byPhrase = new Map<string, string>();
  for (const actor of actors.values())
    if (actor.kind !== 'state')
      for (const alias of [actor.name, ...actor.aliases]) byPhrase.set(stripArticle(alias).toLowerCase(), actor.id);
  const militaryOf = new Map<string, string>();
  for (const state of actors.values()) {
    if (state.kind !== 'state') continue;
    const found = (state.adjectives ?? [])
      .flatMap((adj) => MILITARY_WORDS.map((w) => byPhrase.get(`${adj} ${w}`.toLowerCase())))
      .find(Boolean);
    if (found) militaryOf.set(state.id, found);
  }
  return militaryOf;
}

function stripArticle(text: string): string {
  return text.replace(/^the\s+/i, '');
}

/** Actors holding one of `offices` of `of` on `isoDay` (or of anyone, when `of` is null). */
export function resolveRole(
  gazetteer: Gazetteer,
  offices: Office[],
  of: string | null,
  isoDay: string | null,
): string[] {
  for (const office of offices) {
    const candidates =
      of === null ? allHolders(gazetteer, office) : (gazetteer.holders.get(holderKey(office, of)) ?? []);
    const active = candidates.filter(({ role }) => isoDay !== null && isActive(role, isoDay));
    const ids = [...new Set(active.map((c) => c.actorId))];
    // "other-minister" gathers unrelated posts (Secretary of the Army, National Security Adviser): a title
    // read as that office names someone only when one person holds such a post.
    if (office === 'other-minister' && ids.length > 1) return [];
    if (ids.length > 0) return ids;
  }
  return [];
}

function allHolders(gazetteer: Gazetteer, office: Office) {
  return [...gazetteer.holders.entries()].filter(([k]) => k.startsWith(`${office}|`)).flatMap(([, v]) => v);
}

/** Whether a role is held on a day (inclusive start, exclusive end). */
export function isActive(role: Role, isoDay: string): boolean {
  return (role.from === null || role.from <= isoDay) && (role.to === null || isoDay < role.to);
}

/** Whether an actor holds `office` (any owner) on a day. */
export function holdsOffice(actor: GazetteerActor, offices: Office[], isoDay: string | null): boolean {
  return isoDay !== null && actor.roles.some((r) => offices.includes(r.office) && isActive(r, isoDay));
}

/** The bundle's public record of a gazetteer actor. */
export function toBundleActor(actor: GazetteerActor): Actor {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    country: actor.country,
    aliases: actor.aliases,
    affiliation: actor.affiliation,
    resolved: true,
    ...(actor.sector ? { sector: actor.sector } : {}),
  };
}
