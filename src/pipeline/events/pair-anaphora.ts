/**
 * "The two leaders", "both countries", "the two sides": which two of the recent meetings' parties the noun means.
 * A meeting's parties may mix people, their states and mediators; the noun says which kind to take, so
 * "the two leaders" skips a mediating organisation and "both countries" names states, not their presidents.
 */
export type PartyFacts = { kind: string | null; side: string };

const PERSON_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'men', 'women', 'heads', 'envoys', 'premiers']);
const STATE_NOUNS = new Set(['countries', 'nations', 'states', 'governments', 'neighbours', 'neighbors']);

/**
 * The two parties a pair noun stands for, from the meetings reported so far (newest last); null when unsure.
 * The noun's own kind is looked for in every meeting first; "the two ministers" of a meeting whose parties
 * were read as their states then falls back to those two states.
 */
export function pairFromMeetings(
  noun: string,
  meetings: readonly (readonly string[])[],
  factsOf: (id: string) => PartyFacts,
): string[] | null {
  for (let i = meetings.length - 1; i >= 0; i--) {
    const pair = pairOfKind(noun, [...new Set(meetings[i])], factsOf);
    if (pair) return pair;
  }
  const last = meetings.at(-1);
  return last ? anyPair([...new Set(last)], factsOf) : null;
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
