/**
 * "The two leaders", "both capitals", "the rival administrations": which two of the recent meetings' parties the
 * noun means. A meeting's parties may mix people, their states, their armies and mediators; the noun says which
 * kind to take, so "the two leaders" skips a mediating organisation, "both countries" names states, not their
 * presidents, and "the two armies" names the states' militaries.
 */
export type PartyFacts = {
  kind: string | null;
  side: string;
  /** The party's armed forces: itself for a military or an armed group, else its state's military. */
  military?: string | null;
};

const PERSON_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'men', 'women', 'heads', 'envoys', 'premiers']);
/** A state, or its seat or administration: "both capitals" are the two governments. */
const STATE_NOUNS = new Set([
  'countries',
  'nations',
  'states',
  'governments',
  'neighbours',
  'neighbors',
  'capitals',
  'administrations',
  'regimes',
  'powers',
  'republics',
  'cabinets',
]);
const MILITARY_NOUNS = new Set(['armies', 'militaries', 'forces']);
/** Nouns of two parties set against each other. */
const HOSTILE_NOUNS = new Set(['rivals', 'foes', 'adversaries', 'enemies']);
/** Nouns of any kind of party: two parties, or the two sides they speak for. */
const SIDE_NOUNS = ['sides', 'parties', 'rivals', 'foes', 'delegations', 'camps', 'factions', 'adversaries', 'enemies'];

/** Plural nouns that, after "two", "both" or "the rival", stand for two parties named before. */
export const PAIR_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...STATE_NOUNS,
  ...MILITARY_NOUNS,
  ...SIDE_NOUNS,
]);

/** Words between the quantifier and the noun that keep it a pair: "the two rival armies", "both foreign ministers". */
const PAIR_MODIFIERS = new Set([
  'rival',
  'warring',
  'feuding',
  'neighbouring',
  'neighboring',
  'foreign',
  'defence',
  'defense',
  'prime',
]);
/** Modifiers that make a pair on their own after "the": "the rival administrations", "the warring sides". */
const PAIR_ADJECTIVES = new Set(['rival', 'warring', 'feuding']);

type Lowered = readonly { lower: string }[];

/** The token after a pair phrase opening at `at` ("both sides", "the two leaders", "the rival camps"), or -1. */
export function pairPhraseEnd(tokens: Lowered, at: number): number {
  const noun = pairNounAfter(tokens, at);
  return noun >= 0 ? noun + 1 : -1;
}

/** Where the noun of a pair phrase opening at `at` stands, or -1. */
function pairNounAfter(tokens: Lowered, at: number): number {
  const first = tokens[at]?.lower;
  let next: number;
  if (first === 'both') next = at + 1;
  else if (first !== 'the') return -1;
  else if (tokens[at + 1]?.lower === 'two') next = at + 2;
  else if (PAIR_ADJECTIVES.has(tokens[at + 1]?.lower ?? '')) next = at + 1;
  // "fighting between the neighbours", "talks between the rivals": "between" asks for two.
  else if (tokens[at - 1]?.lower === 'between') next = at + 1;
  else return -1;
  if (PAIR_MODIFIERS.has(tokens[next]?.lower ?? '') && PAIR_NOUNS.has(tokens[next + 1]?.lower ?? '')) next++;
  return PAIR_NOUNS.has(tokens[next]?.lower ?? '') ? next : -1;
}

/** Where the pair phrase whose noun is at `noun` opens ("both" of "both capitals"), or -1. */
export function pairPhraseStart(tokens: Lowered, noun: number): number {
  for (let at = noun - 1; at >= Math.max(0, noun - 3); at--) if (pairNounAfter(tokens, at) === noun) return at;
  return -1;
}

/**
 * The two parties a pair noun stands for, from the meetings reported so far (newest last); null when unsure.
 * The noun's own kind is looked for in every meeting first, then in what the sentences before named
 * (`named`, newest last); "the two ministers" of a meeting whose parties were read as their states then falls
 * back to those two states.
 */
export function pairFromMeetings(
  noun: string,
  meetings: readonly (readonly string[])[],
  factsOf: (id: string) => PartyFacts,
  named: readonly (readonly string[])[] = [],
): string[] | null {
  // "the rivals", "the foes": the two last named together, a clash's or a quarrel's sides more often than a meeting's.
  const hostile = HOSTILE_NOUNS.has(noun) ? pairFromNamed(noun, named, factsOf) : null;
  if (hostile) return hostile;
  for (let i = meetings.length - 1; i >= 0; i--) {
    const pair = pairOfKind(noun, [...new Set(meetings[i])], factsOf);
    if (pair) return pair;
  }
  const fromNamed = pairFromNamed(noun, named, factsOf);
  if (fromNamed) return fromNamed;
  const last = meetings.at(-1);
  return last ? anyPair([...new Set(last)], factsOf) : null;
}

/**
 * The pair a noun stands for when no meeting gives one: "India and Pakistan exchanged fire on Monday. Both sides
 * accused each other ...", "Vucic and Kurti have not spoken for months. The two leaders ...". Each entry is the
 * parties one earlier sentence or event named, newest last; the newest naming exactly two of the noun's kind wins.
 */
export function pairFromNamed(
  noun: string,
  named: readonly (readonly string[])[],
  factsOf: (id: string) => PartyFacts,
): string[] | null {
  for (let i = named.length - 1; i >= 0; i--) {
    const pair = pairOfKind(noun, [...new Set(named[i])], factsOf);
    if (pair) return pair;
  }
  return null;
}

function pairOfKind(noun: string, parties: string[], factsOf: (id: string) => PartyFacts): string[] | null {
  if (PERSON_NOUNS.has(noun)) return exactlyTwo(parties.filter((id) => factsOf(id).kind === 'person'));
  if (STATE_NOUNS.has(noun))
    return exactlyTwo([...new Set(parties.map((id) => factsOf(id).side))].filter((id) => factsOf(id).kind === 'state'));
  if (MILITARY_NOUNS.has(noun)) return exactlyTwo([...new Set(parties.flatMap((id) => factsOf(id).military ?? []))]);
  return anyPair(parties, factsOf);
}

/** "sides", "parties", "delegations": two parties, or the two sides they speak for. */
function anyPair(parties: string[], factsOf: (id: string) => PartyFacts): string[] | null {
  return exactlyTwo(parties) ?? exactlyTwo([...new Set(parties.map((id) => factsOf(id).side))]);
}

function exactlyTwo(ids: string[]): string[] | null {
  return ids.length === 2 ? ids : null;
}
