import type { Actor } from '../../model/bundle-schema.ts';
import type { GazetteerActor, Office } from '../resources/resource-schemas.ts';
import { isTitleCase } from '../text/headlines.ts';
import { slug } from '../text/slug.ts';
import type { Token } from '../text/tokens.ts';
import type { Gazetteer } from './gazetteer.ts';
import { OFFICE_TITLES } from './office-titles.ts';
import { PhraseTrie } from './phrase-trie.ts';

/** People an article introduced that the gazetteer lacks, and the names that refer to them later on. */
export type InferredPeople = { actors: Map<string, GazetteerActor>; names: PhraseTrie<string> };

/** An introduction: "Azerbaijani President Ilham Aliyev" from its first token to the end of the name. */
export type Introduction = { actor: GazetteerActor; tokenStart: number; tokenEnd: number };

/** Bodies a title can name ("National Assembly president"): such a title is a leader's, not the state's head. */
const INSTITUTION_WORDS = [
  'assembly',
  'parliament',
  'senate',
  'council',
  'committee',
  'commission',
  'party',
  'court',
  'bank',
  'central',
  'national',
  'supreme',
];
const INSTITUTION = new RegExp(`\\b(${INSTITUTION_WORDS.join('|')})\\b`);

/** Words a title is made of ("acting Prime Minister", "Foreign Ministry Spokesman", "Army Chief General"). */
const TITLE_WORDS = new Set([
  ...Object.values(OFFICE_TITLES).flatMap((titles) => titles.flatMap((t) => t.toLowerCase().split(' '))),
  ...[
    'acting',
    'interim',
    'caretaker',
    'former',
    'deputy',
    'senior',
    'top',
    'chief',
    'general',
    'commander',
    'ministry',
  ],
  ...['ambassador', 'adviser', 'advisor', 'interior', 'trade', 'energy', 'justice', 'economy', 'home', 'external'],
  // Portfolios news puts before "minister": "Commerce Minister", "Oil Minister", "Information Minister".
  ...['commerce', 'finance', 'industry', 'oil', 'petroleum', 'information', 'health', 'agriculture', 'transport'],
  ...['affairs', 'army', 'military', 'lieutenant', 'field', 'marshal', 'admiral', 'navy', 'negotiator', 'chancellor'],
  ...['special', 'visiting', 'diplomat', 'mediator'],
  ...INSTITUTION_WORDS,
]);
TITLE_WORDS.delete('of');
TITLE_WORDS.delete('the');

/** Titles held by people, one of which must be in an introduction ("Azerbaijani officials" introduce no one). */
const HEAD_WORDS =
  /^(president|minister|premier|chancellor|king|queen|emir|sultan|prince|ambassador|envoy|spokesman|spokeswoman|spokesperson|general|commander|chief|secretary|speaker|leader|negotiator|adviser|advisor|marshal|admiral|head|diplomat|mediator)$/;

/** A word a title is made of, lower-cased ("minister", "defence", "acting"). */
export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower);
}

/** A title word that names an office someone holds ("minister", "commander"), not a qualifier ("deputy"). */
export function isHeadTitleWord(lower: string): boolean {
  return HEAD_WORDS.test(lower);
}

/** Actors whose name or demonym can introduce one of their people ("Arab League Secretary-General ..."). */
const INTRODUCING_KINDS = new Set(['state', 'igo', 'organization', 'armed-group']);

/** Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set(['bin', 'bint', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'ibn', 'abu']);

/**
 * "Azerbaijani President Ilham Aliyev", "Pakistan's Foreign Minister Ishaq Dar": a state's demonym or name
 * (with "'s"), a title and a name of two words or more that the gazetteer does not know make a person of
 * that state with that role, remembered in `people` so that "Aliyev" later in the article is the same person.
 */
export function findIntroductions(tokens: Token[], gazetteer: Gazetteer, people: InferredPeople): Introduction[] {
  const found: Introduction[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const intro =
      introductionAt(tokens, i, gazetteer) ??
      appositiveIntroductionAt(tokens, i, gazetteer) ??
      titledAppositiveAt(tokens, i, gazetteer) ??
      officeIntroductionAt(tokens, i, gazetteer);
    if (!intro) continue;
    // "US Envoy Shuttles Between Capitals": in a title-case headline every word after a title looks like a name.
    if (isTitleCaseHeadline(tokens)) return [];
    const known = people.actors.get(intro.actor.id);
    const actor = known ?? intro.actor;
    if (!known) remember(people, actor, tokens.slice(intro.nameStart, intro.tokenEnd), gazetteer);
    found.push({ actor, tokenStart: i, tokenEnd: intro.tokenEnd });
    i = intro.tokenEnd - 1;
  }
  return found;
}

/** A title-case line without a sentence's closing mark: names in it are only those the gazetteer knows. */
function isTitleCaseHeadline(tokens: Token[]): boolean {
  return !/^[.!?:"”’]$/.test(tokens.at(-1)?.text ?? '') && isTitleCase(tokens);
}

function introductionAt(tokens: Token[], at: number, gazetteer: Gazetteer) {
  // Cheap test first: most capitalised words have no title after them, so the trie is not walked for them.
  if (!tokens[at]!.capitalised || !titleWithin(tokens, at + 1, at + 5)) return null;
  const state = stateAt(tokens, at, gazetteer);
  if (!state) return null;
  let j = state.end;
  if (/^['’]s$/.test(tokens[j]?.text ?? '')) j++;
  const titleStart = j;
  while (j < tokens.length && j - titleStart < 6 && isTitleToken(tokens, j, j > titleStart)) j++;
  const title = tokens.slice(titleStart, j);
  if (!title.some((t) => HEAD_WORDS.test(t.lower))) return null;
  const nameEnd = nameEndAt(tokens, j, gazetteer);
  if (nameEnd === null) return null;
  const name = tokens.slice(j, nameEnd);
  return { actor: personOf(name, title, state.actor), nameStart: j, tokenEnd: nameEnd };
}

const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an']);

/**
 * "Ralph Gonsalves, the prime minister of St Vincent,", "Hakan Fidan, Turkey's foreign minister",
 * "Olusegun Obasanjo, a former Nigerian president": a name the gazetteer lacks, then a comma and a
 * description with a title and a state, introduce that person as the pre-posed form does.
 */
function appositiveIntroductionAt(tokens: Token[], at: number, gazetteer: Gazetteer) {
  if (!tokens[at]!.capitalised || (at > 0 && tokens[at - 1]!.capitalised && tokens[at - 1]!.isWord)) return null;
  const nameEnd = nameEndAt(tokens, at, gazetteer);
  if (nameEnd === null || tokens[nameEnd]?.text !== ',') return null;
  let j = nameEnd + 1;
  if (APPOSITIVE_OPENERS.has(tokens[j]?.lower ?? '')) j++;
  const described =
    titleThenState(tokens, j, gazetteer) ?? stateThenTitle(tokens, j, gazetteer) ?? closedOffice(tokens, j);
  if (!described) return null;
  const name = tokens.slice(at, nameEnd);
  return { actor: personOf(name, described.title, described.state), nameStart: at, tokenEnd: nameEnd };
}

/** "Aisha Bello, the visiting envoy, met ...": a title that names an office and no owner, closed by a comma. */
function closedOffice(tokens: Token[], at: number): { state: null; title: Token[] } | null {
  const title = titleTokens(tokens, at);
  return title && tokens[at + title.length]?.text === ',' ? { state: null, title } : null;
}

/**
 * "Visiting envoy Aisha Bello met ...", "Chief negotiator Lena Okafor", "Senior diplomat Jonas Eklund": a title
 * that names an office and no owner, then a name of two words or more none of which the gazetteer knows,
 * introduce a person with that office and no country. The title opens its phrase: a capitalised word before
 * it would be an owner the other introductions read.
 */
function officeIntroductionAt(tokens: Token[], at: number, gazetteer: Gazetteer) {
  const before = tokens[at - 1];
  if (!TITLE_WORDS.has(tokens[at]!.lower) || (before?.isWord && before.capitalised)) return null;
  const title = titleTokens(tokens, at);
  if (!title) return null;
  const nameStart = at + title.length;
  const nameEnd = nameEndAt(tokens, nameStart, gazetteer);
  if (nameEnd === null || knowsAnyWord(tokens, nameStart, nameEnd, gazetteer)) return null;
  return { actor: personOf(tokens.slice(nameStart, nameEnd), title, null), nameStart, tokenEnd: nameEnd };
}

/** Whether a word of the name is a name the gazetteer knows ("President Vladimir V. Putin" is Putin). */
function knowsAnyWord(tokens: Token[], from: number, to: number, gazetteer: Gazetteer): boolean {
  for (let j = from; j < to; j++) if (knownAt(tokens, j, gazetteer)) return true;
  return false;
}

/** A gazetteer phrase at `at` other than a shared seat ("Victoria" is a given name as often as a capital). */
function knownAt(tokens: Token[], at: number, gazetteer: Gazetteer): boolean {
  const match = gazetteer.phrases.longestMatch(tokens, at);
  if (!match?.values.some((v) => v.kind !== 'shared-seat')) return false;
  // "Commerce Minister Wang Wentao": a known surname that is only the start of a longer name is someone else's.
  const next = tokens[at + match.length];
  return !(next?.isWord && /^\p{Lu}\p{Ll}/u.test(next.text) && !TITLE_WORDS.has(next.lower));
}

/**
 * "Guatemala's foreign minister, Carlos Ramiro Martínez, met ...": a state and a title, a comma, then a name the
 * gazetteer lacks, closed by a comma or the sentence's verb. The title's holder in the gazetteer (if any) is not
 * this person: the text names someone else.
 */
function titledAppositiveAt(tokens: Token[], at: number, gazetteer: Gazetteer) {
  if (!tokens[at]!.capitalised) return null;
  const described = stateThenTitle(tokens, at, gazetteer);
  if (!described) return null;
  const comma = tokens.indexOf(described.title.at(-1)!, at) + 1;
  if (tokens[comma]?.text !== ',') return null;
  const nameEnd = nameEndAt(tokens, comma + 1, gazetteer);
  if (nameEnd === null) return null;
  return {
    actor: personOf(tokens.slice(comma + 1, nameEnd), described.title, described.state),
    nameStart: comma + 1,
    tokenEnd: nameEnd,
  };
}

/** "former Nigerian president", "Turkey's foreign minister": a state, then a title with a head word. */
function stateThenTitle(tokens: Token[], at: number, gazetteer: Gazetteer) {
  let j = at;
  while (['former', 'acting', 'interim'].includes(tokens[j]?.lower ?? '')) j++;
  const state = stateAt(tokens, j, gazetteer);
  if (!state) return null;
  j = state.end;
  if (/^['’]s$/.test(tokens[j]?.text ?? '')) j++;
  const title = titleTokens(tokens, j);
  return title ? { state: state.actor, title } : null;
}

/** "the prime minister of St Vincent": a title with a head word, "of", then a state. */
function titleThenState(tokens: Token[], at: number, gazetteer: Gazetteer) {
  const title = titleTokens(tokens, at);
  if (!title) return null;
  let j = at + title.length;
  if (tokens[j]?.lower !== 'of') return null;
  j++;
  if (tokens[j]?.lower === 'the') j++;
  const state = stateAt(tokens, j, gazetteer);
  return state ? { state: state.actor, title } : null;
}

function titleTokens(tokens: Token[], at: number): Token[] | null {
  let j = at;
  while (j < tokens.length && j - at < 6 && isTitleToken(tokens, j, j > at)) j++;
  const title = tokens.slice(at, j);
  // "of" ends the title when a state follows ("minister of St Vincent"), not inside "Secretary of State".
  while (title.at(-1)?.lower === 'of') title.pop();
  return title.some((t) => HEAD_WORDS.test(t.lower)) ? title : null;
}

/** A state's demonym or name, or an organisation's name, starting at `at` (the shortest such phrase there). */
function stateAt(tokens: Token[], at: number, gazetteer: Gazetteer): { actor: GazetteerActor; end: number } | null {
  if (!tokens[at]?.capitalised) return null;
  for (const match of gazetteer.phrases.matchesAt(tokens, at)) {
    for (const meaning of match.values) {
      // A seat stands for its government's people ("Moscow's envoy", "the Kremlin's envoy").
      if (meaning.kind !== 'adjective' && meaning.kind !== 'name' && meaning.kind !== 'seat') continue;
      const actor = gazetteer.actors.get(meaning.actorId);
      if (actor && INTRODUCING_KINDS.has(actor.kind) && (actor.kind === 'state' || meaning.kind !== 'adjective'))
        return { actor, end: at + match.length };
    }
  }
  return null;
}

/** The end of a name of 2 to 5 capitalised words at `at`, or null when there is none or the gazetteer knows it. */
function nameEndAt(tokens: Token[], at: number, gazetteer: Gazetteer): number | null {
  if (knownAt(tokens, at, gazetteer)) return null;
  let j = at;
  let words = 0;
  while (j < tokens.length && words < 5) {
    const token = tokens[j]!;
    if (token.isWord && /^\p{Lu}\p{Ll}/u.test(token.text) && !TITLE_WORDS.has(token.lower)) words++;
    else if (!(NAME_PARTICLES.has(token.text) && tokens[j + 1]?.capitalised) && !(token.text === '-' && words > 0))
      break;
    j++;
  }
  return words >= 2 && tokens[j - 1]!.isWord ? j : null;
}

function titleWithin(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to && j < tokens.length; j++) if (TITLE_WORDS.has(tokens[j]!.lower)) return true;
  return false;
}

/** A title word, or "of" and "-" between title words ("Secretary of State", "Secretary-General"). */
function isTitleToken(tokens: Token[], at: number, inTitle: boolean): boolean {
  const lower = tokens[at]!.lower;
  if (TITLE_WORDS.has(lower)) return true;
  return inTitle && (lower === 'of' || lower === '-') && TITLE_WORDS.has(tokens[at + 1]?.lower ?? '');
}

/** The person an introduction names; `owner` is the state or body the title names, null for an office alone. */
function personOf(name: Token[], title: Token[], owner: GazetteerActor | null): GazetteerActor {
  const text = joinTokens(name);
  const titleText = joinTokens(title);
  return {
    id: slug(text),
    name: text,
    kind: 'person',
    country: owner?.country ?? null,
    aliases: name.length > 1 && name.at(-1)!.text.length >= 3 ? [name.at(-1)!.text] : [],
    affiliation: owner?.id ?? null,
    roles: [
      {
        title: titleText,
        office: officeOf(titleText.toLowerCase()),
        of: owner ? (owner.kind === 'state' ? owner.country : owner.id) : null,
        from: null,
        to: null,
      },
    ],
  };
}

/** The office a title names: the longest generic title it contains ("acting prime minister" -> head of government). */
function officeOf(title: string): Office {
  if (INSTITUTION.test(title)) return 'leader';
  let best: { office: Office; length: number } = {
    office: title.includes('minister') ? 'other-minister' : 'leader',
    length: 0,
  };
  for (const [office, titles] of Object.entries(OFFICE_TITLES) as [Office, string[]][])
    for (const t of titles.map((x) => x.toLowerCase()))
      if (t.length > best.length && new RegExp(`\\b${t}\\b`).test(title) && !(office === 'leader' && best.length > 0))
        best = { office, length: t.length };
  return best.office;
}

/** Later in the article the full name and the surname refer to the person ("Aliyev"). */
function remember(people: InferredPeople, actor: GazetteerActor, name: Token[], gazetteer: Gazetteer): void {
  people.actors.set(actor.id, actor);
  people.names.add(
    name.map((t) => t.text),
    actor.id,
  );
  const surname = name.at(-1)!;
  if (surname.text.length >= 3) people.names.add([surname.text], actor.id);
  // "Wang Wentao ... Wang said": a first word the gazetteer knows as a person's name alone is a family name
  // written first, as in Chinese and Korean names; later bare mentions use it.
  if (name.length >= 2 && familyNameFirst(name, gazetteer)) people.names.add([name[0]!.text], actor.id);
}

function familyNameFirst(name: Token[], gazetteer: Gazetteer): boolean {
  const match = gazetteer.phrases.longestMatch(name, 0);
  return match?.length === 1 && match.values.some((v) => v.kind !== 'shared-seat' && isPersonName(v, gazetteer));
}

function isPersonName(meaning: { kind: string }, gazetteer: Gazetteer): boolean {
  const id = 'actorId' in meaning ? (meaning.actorId as string) : null;
  return id !== null && gazetteer.actors.get(id)?.kind === 'person';
}

function joinTokens(tokens: Token[]): string {
  return tokens.map((t, i) => (i > 0 && t.start > tokens[i - 1]!.end ? ` ${t.text}` : t.text)).join('');
}

/** A fresh memory of inferred people for one article. */
export function newInferredPeople(): InferredPeople {
  return { actors: new Map(), names: new PhraseTrie() };
}

/** The bundle records of the people an article introduced, marked inferred. */
export function inferredBundleActors(people: InferredPeople | undefined): Map<string, Actor> {
  const out = new Map<string, Actor>();
  for (const actor of people?.actors.values() ?? [])
    out.set(actor.id, {
      id: actor.id,
      name: actor.name,
      kind: 'person',
      country: actor.country,
      aliases: actor.aliases,
      affiliation: actor.affiliation,
      resolved: true,
      inferred: true,
    });
  return out;
}
