/**
 * "The two leaders", "both countries", "the two sides": which two of the recent meetings' parties the noun means.
 * A meeting's parties may mix people, their states and mediators; the noun says which kind to take, so
 * "the two leaders" skips a mediating organisation and "both countries" names states, not their presidents.
 */
export type PartyFacts = { kind: string | null; side: string };

/** Plural nouns that, after "two" or "both", stand for two parties named before. */
export const PAIR_NOUNS: ReadonlySet<string> = new Set([
  'leaders',
  'sides',
  'countries',
  'nations',
  'presidents',
  'ministers',
  'men',
  'governments',
  'delegations',
  'neighbours',
  'neighbors',
  'parties',
  'rivals',
  'foes',
  'heads',
  'envoys',
  'states',
]);

/** The token after a pair phrase opening at `at` ("both sides", "the two leaders"), or -1. */
export function pairPhraseEnd(tokens: readonly { lower: string }[], at: number): number {
  const count = tokens[at]?.lower === 'the' ? at + 1 : at;
  const word = tokens[count]?.lower;
  if (word !== 'two' && (word !== 'both' || count !== at)) return -1;
  return PAIR_NOUNS.has(tokens[count + 1]?.lower ?? '') ? count + 2 : -1;
}

const PERSON_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'men', 'women', 'heads', 'envoys', 'premiers']);
const STATE_NOUNS = new Set(['countries', 'nations', 'states', 'governments', 'neighbours', 'neighbors']);

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
  return anyPair(parties, factsOf);
}

/** "sides", "parties", "delegations": two parties, or the two sides they speak for. */
function anyPair(parties: string[], factsOf: (id: string) => PartyFacts): string[] | null {
  return exactlyTwo(parties) ?? exactlyTwo([...new Set(parties.map((id) => factsOf(id).side))]);
}

function exactlyTwo(ids: string[]): string[] | null {
  return ids.length === 2 ? ids : null;
}
