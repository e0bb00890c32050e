/** What clustering needs to know of an actor: kind, country, the state or body it belongs to, sector, offices. */
export type PartyRecord = {
  kind: string;
  country: string | null;
  affiliation: string | null;
  sector?: string;
  roles?: readonly { office: string; from: string | null; to: string | null }[];
};

/** The party an actor stands for when reports are compared: a leader's or an army's state, else the actor itself. */
export type PartyOf = (actorId: string) => string;

/** Whether an actor led its state or body on a day (YYYY-MM-DD; null: at any time on record). */
export type LeadsOn = (actorId: string, day: string | null) => boolean;

/** How clustering sees actors: their parties, and who leads them. */
export type Parties = { partyOf: PartyOf; leads: LeadsOn };

/** Each actor its own party, nobody a leader: clustering by ids alone. */
export const OWN_PARTIES: Parties = { partyOf: (id) => id, leads: () => false };

/** Offices whose holder a state named as a party most often stands for ("India and the US held a summit"). */
const LEADING_OFFICES = new Set(['head-of-state', 'head-of-government', 'monarch', 'leader']);

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
 * state of a person's country; a sector agent's state (`pak-military` -> `pak`) unless it acts apart from the
 * state; everything else, and an unknown id, is its own party. A leader is whoever holds a leading office then.
 */
export function partyResolver(
  recordOf: (id: string) => PartyRecord | undefined,
  stateByCountry: ReadonlyMap<string, string>,
): Parties {
  const memo = new Map<string, string>();
  const partyOf: PartyOf = (id) => {
    let party = memo.get(id);
    if (party === undefined) {
      party = resolveParty(id, recordOf, stateByCountry);
      memo.set(id, party);
    }
    return party;
  };
  const terms = new Map<string, { from: string | null; to: string | null }[]>();
  const leads: LeadsOn = (id, day) => {
    let held = terms.get(id);
    if (!held) {
      held = (recordOf(id)?.roles ?? []).filter((r) => LEADING_OFFICES.has(r.office));
      terms.set(id, held);
    }
    for (const { from, to } of held) if (day === null || ((!from || from <= day) && (!to || day <= to))) return true;
    return false;
  };
  return { partyOf, leads };
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
