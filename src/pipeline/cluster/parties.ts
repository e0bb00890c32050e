/** What clustering needs to know of an actor: its kind, country, the state or body it belongs to, its sector. */
export type PartyRecord = { kind: string; country: string | null; affiliation: string | null; sector?: string };

/** The party an actor stands for when reports are compared: a leader's or an army's state, else the actor itself. */
export type PartyOf = (actorId: string) => string;

/**
 * Sectors that are not their state: rebels, militants, the opposition, criminals and refugees act apart from
 * (or against) the government of the country they are named after. Other sectors stand for their state when
 * outlets differ in naming: "the Pakistani army" and "Pakistan", "Indian airlines" and "India".
 */
const NON_STATE_SECTORS = new Set(['rebels', 'militants', 'opposition', 'criminals', 'refugees']);

/** How many affiliation steps to follow (an envoy of a ministry of a state); a cycle stops there. */
const MAX_HOPS = 3;

/**
 * Resolves actors to parties from their records: a person's affiliation (`donald-trump` -> `usa`), else the
 * state of a person's country; a sector agent's state (`pak-military` -> `pak`) unless it acts apart from the state; everything else is
 * its own party. Unknown ids are their own party.
 */
export function partyResolver(
  recordOf: (id: string) => PartyRecord | undefined,
  stateByCountry: ReadonlyMap<string, string>,
): PartyOf {
  const memo = new Map<string, string>();
  return (id) => {
    let party = memo.get(id);
    if (party === undefined) {
      party = resolveParty(id, recordOf, stateByCountry);
      memo.set(id, party);
    }
    return party;
  };
}

function resolveParty(
  id: string,
  recordOf: (id: string) => PartyRecord | undefined,
  stateByCountry: ReadonlyMap<string, string>,
): string {
  let party = id;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const up = stepUp(recordOf(party), stateByCountry);
    if (!up || up === party || !recordOf(up)) break;
    party = up;
  }
  return party;
}

function stepUp(record: PartyRecord | undefined, stateByCountry: ReadonlyMap<string, string>): string | null {
  if (!record) return null;
  if (record.sector !== undefined && NON_STATE_SECTORS.has(record.sector)) return null;
  if (record.affiliation) return record.affiliation;
  if (record.kind === 'person' && record.country) return stateByCountry.get(record.country) ?? null;
  return null;
}

/** Two actors are one party: the same actor, or one stands for the other (a leader and their state). */
export function sameParty(x: string, y: string, partyOf: PartyOf): boolean {
  return x === y || partyOf(x) === y || partyOf(y) === x;
}
