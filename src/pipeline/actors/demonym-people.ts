import { phraseTokens, type Token } from '../text/tokens.ts';
import type { AgentMatch } from './compose-agents.ts';
import type { Gazetteer, PhraseMeaning } from './gazetteer.ts';
import { PhraseTrie } from './phrase-trie.ts';

/** The sector of a state's people who act for no institution ("Ukrainian civilians"). */
const CIVILIANS_SECTOR = 'civilians';

// A demonym in -an, -i or -o takes -s as a noun for people ("Ukrainians", "Pakistanis", "Filipinos"); one in -ese,
// -sh or -ch is its own plural ("Sudanese", "French") and is matched as the demonym.
const TAKES_S = /\p{Ll}(an|i|o)$/u;

const pluralTries = new WeakMap<Gazetteer, PhraseTrie<string>>();

/** "Ukrainians", "North Koreans": each state's demonyms made plural, built once per compiled gazetteer. */
function plurals(gazetteer: Gazetteer): PhraseTrie<string> {
  let trie = pluralTries.get(gazetteer);
  if (trie) return trie;
  trie = new PhraseTrie<string>();
  for (const actor of gazetteer.actors.values()) {
    if (actor.kind !== 'state') continue;
    for (const adjective of actor.adjectives ?? []) {
      const words = phraseTokens(adjective);
      const last = words.at(-1);
      if (last && TAKES_S.test(last)) trie.add([...words.slice(0, -1), `${last}s`], actor.id);
    }
  }
  pluralTries.set(gazetteer, trie);
  return trie;
}

/**
 * "nine Ukrainians", "dozens of Afghans": a counted plural demonym names people of its state, its civilians sector.
 * Uncounted, it names the nation as a whole, which is the state as CAMEO codes it ("talks with the Iranians",
 * "contacts with North Koreans"), unless it is told as people living somewhere or as an ethnic group ("Albanians
 * in the north", "ethnic Armenians"): kin of a nation, not its state, left to the reading of unknown names. Null when no plural demonym of one state starts at `at`, or when `longer`
 * (the gazetteer's own match there) names something else.
 */
export function pluralDemonym(
  tokens: Token[],
  at: number,
  gazetteer: Gazetteer,
  found: { length: number; values: readonly PhraseMeaning[] } | null,
): AgentMatch | null {
  const match = plurals(gazetteer).longestMatch(tokens, at);
  if (!match || new Set(match.values).size !== 1) return null;
  const stateId = match.values[0]!;
  // The gazetteer's own phrase there wins unless it is the same plural as a name of the state ("Afghans").
  if (found && (found.length > match.length || !found.values.some((v) => 'actorId' in v && v.actorId === stateId)))
    return null;
  const end = at + match.length;
  if (counted(tokens, at))
    return { actorId: gazetteer.sectors.actorOf.get(`${stateId}|${CIVILIANS_SECTOR}`) ?? stateId, end };
  // "ethnic Albanians", "Albanians in the north": people of a kin nation living elsewhere, not the state.
  if (tokens[at - 1]?.lower === 'ethnic' || RESIDENCE.has(tokens[end]?.lower ?? '')) return null;
  return { actorId: stateId, end };
}

/**
 * "30 Sudanese", "dozens of Congolese": a demonym that is its own plural, counted and with no noun after it, names
 * the state's people as a plural demonym does. The state's civilians actor, else null.
 */
export function countedDemonym(tokens: Token[], at: number, end: number, stateId: string, gazetteer: Gazetteer) {
  if (TAKES_S.test(tokens[end - 1]!.text) || !counted(tokens, at) || !endsNounPhrase(tokens[end])) return null;
  return gazetteer.sectors.actorOf.get(`${stateId}|${CIVILIANS_SECTOR}`) ?? null;
}

// Words after a plural demonym that say where its people live: "Serbs in Kosovo", "Russians across the Baltics".
const RESIDENCE = new Set(['in', 'across', 'living', 'inside']);

const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand dozen several many'.split(
    ' ',
  ),
);
const COUNT_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'tens']);

/** "30", "several", "dozens of" right before the demonym. */
function counted(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before) return false;
  if (before.lower === 'of') return COUNT_NOUNS.has(tokens[at - 2]?.lower ?? '');
  return /^\d[\d,.]*$/.test(before.text) || NUMBER_WORDS.has(before.lower);
}

// Closed-class words that may follow a noun phrase: auxiliaries, prepositions, conjunctions, relative pronouns.
const AFTER_NOUN_PHRASE = new Set(
  'were was are is have has had who which that and or but in into from at on near across inside to with as after before during since for by'.split(
    ' ',
  ),
);

/** Whether the token after the demonym closes its noun phrase: punctuation, the end, or a closed-class word. */
function endsNounPhrase(next: Token | undefined): boolean {
  return !next || !next.isWord || AFTER_NOUN_PHRASE.has(next.lower);
}
