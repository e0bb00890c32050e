import type { BundleIndex } from '../../selectors/bundle-index.ts';
import { type ClauseDefinition, ID, idList, lookupTable } from './clause.ts';

/**
 * The actor filter, in one place: its values, URL encoding, predicate over the event columns, chip labels
 * and the choices of its control. It is owned by the Actors control of the filter bar (and the network's
 * node clicks, which toggle the same actors); crossfilter counts of that control leave it out (key `actors`).
 */

/** How chosen actors combine: any of them named (OR), all of them named (either direction), or the first acting on the second. */
export type ActorMatch = 'any' | 'all' | 'directed';

/** The actor filter's values, as the store and the URL hold them. */
export type ActorClause = { actors: string[]; actorMatch: ActorMatch };

/** The filter key of this clause (crossfilter leaves it out of the Actors control's own counts). */
export const ACTOR_CLAUSE_KEY = 'actors';

const MATCHES: readonly ActorMatch[] = ['any', 'all', 'directed'];

/** The clause with its mode kept valid: a direction needs exactly two actors, else it becomes "between all of". */
export function withActorMatch(actors: string[], actorMatch: ActorMatch): ActorClause {
  return { actors, actorMatch: actorMatch === 'directed' && actors.length !== 2 ? 'all' : actorMatch };
}

/** A mode from outside (URL, store restore): anything unknown is the default. */
export function sanitiseActorMatch(raw: unknown, actors: string[]): ActorMatch {
  const match = MATCHES.find((m) => m === raw) ?? 'any';
  return withActorMatch(actors, match).actorMatch;
}

/** Writes the clause into a query string: `actors=a,b` and, unless the default, `match=all|directed`. */
export function writeActorClause(clause: ActorClause, params: URLSearchParams): void {
  if (clause.actors.length) params.set('actors', clause.actors.join(','));
  if (clause.actorMatch !== 'any') params.set('match', clause.actorMatch);
}

/** Reads the raw clause from a query string (absent `match` = "involving any of", so old links keep working); `sanitise` checks the ids. */
export function readActorClause(params: URLSearchParams): ActorClause {
  const actors = (params.get('actors') ?? '').split(',').filter(Boolean);
  return { actors, actorMatch: sanitiseActorMatch(params.get('match'), actors) };
}

/** Whether event `i` passes the clause; null when no actor is chosen (no filtering). */
export type ActorPredicate = ((i: number) => boolean) | null;

export const actorsClause: ClauseDefinition<typeof ACTOR_CLAUSE_KEY, ActorClause> = {
  key: ACTOR_CLAUSE_KEY,
  label: 'Actors',
  // The network's node clicks set it too, but the network stays filtered by it: it then shows the chosen
  // actors' ties, which is what a click asks for.
  owners: ['filter-bar'],
  empty: { actors: [], actorMatch: 'any' },
  sanitise: (raw) => {
    const actors = idList(raw.actors, ID);
    return { actors, actorMatch: sanitiseActorMatch(raw.actorMatch, actors) };
  },
  read: readActorClause,
  write: writeActorClause,
  active: (v) => v.actors.length > 0,
  compile: compileActorClause,
  chips: (v, names) => actorChips(v, names.actor),
  describe: (v, names) => `Actors: ${describeActorClause(v, names.actor)}`,
  slug: (v) => [
    ['actors', v.actors],
    ['match', v.actors.length && v.actorMatch !== 'any' ? [v.actorMatch] : []],
  ],
};

/**
 * Compiles the clause over the index's flat actor lists (each event's unique actors, sources first).
 * A state and its leader are different actors here, as everywhere in the filter.
 */
export function compileActorClause(index: BundleIndex, clause: ActorClause): ActorPredicate {
  if (clause.actors.length === 0) return null;
  const chosen = clause.actors.map((id) => index.actorIndex.get(id) ?? -1);
  if (clause.actorMatch === 'any' || chosen.length === 1) return involvingAny(index, chosen);
  // An actor the bundle does not know is named by no event, so no event names all of them.
  if (chosen.includes(-1)) return () => false;
  if (clause.actorMatch === 'directed' && chosen.length === 2) return actingOn(index, chosen[0]!, chosen[1]!);
  return involvingAll(index, chosen);
}

function involvingAny(index: BundleIndex, chosen: number[]): (i: number) => boolean {
  const table = lookupTable(chosen, index.actorIds.length);
  const { actorList, actorStart } = index;
  return (i) => {
    for (let k = actorStart[i]!, end = actorStart[i + 1]!; k < end; k++) if (table[actorList[k]!]) return true;
    return false;
  };
}

function involvingAll(index: BundleIndex, chosen: number[]): (i: number) => boolean {
  const table = lookupTable(chosen, index.actorIds.length);
  const needed = new Set(chosen).size;
  const { actorList, actorStart } = index;
  return (i) => {
    // An event's actors are unique, so counting hits counts distinct chosen actors.
    let hits = 0;
    for (let k = actorStart[i]!, end = actorStart[i + 1]!; k < end; k++) if (table[actorList[k]!]) hits++;
    return hits === needed;
  };
}

function actingOn(index: BundleIndex, source: number, target: number): (i: number) => boolean {
  const { actorList, actorStart, sourceCount } = index;
  return (i) => {
    const start = actorStart[i]!;
    const targetsFrom = start + sourceCount[i]!;
    let isSource = false;
    let targetAmongSources = false;
    for (let k = start; k < targetsFrom; k++) {
      if (actorList[k] === source) isSource = true;
      if (actorList[k] === target) targetAmongSources = true;
    }
    if (!isSource) return false;
    for (let k = targetsFrom, end = actorStart[i + 1]!; k < end; k++) if (actorList[k] === target) return true;
    // The flat list keeps an actor once, among the sources: one that is also a target is found in the event.
    return targetAmongSources && listHas(index.targets, i, target);
  };
}

/** A removable chip: its label and the clause left after removing it. */
export type ActorChip = { key: string; label: string; without: ActorClause };

/** Chips: one per actor under "involving any of"; one for the whole set under the other modes ("Between A and B", "A acts on B"). */
export function actorChips(clause: ActorClause, nameOf: (id: string) => string): ActorChip[] {
  const { actors, actorMatch } = clause;
  if (actorMatch === 'any' || actors.length < 2) {
    return actors.map((id) => ({
      key: `a:${id}`,
      label: nameOf(id),
      without: withActorMatch(
        actors.filter((a) => a !== id),
        actorMatch,
      ),
    }));
  }
  return [{ key: 'a:*', label: describeActorClause(clause, nameOf), without: { actors: [], actorMatch: 'any' } }];
}

/** The clause in words: "Donald Trump, JD Vance" (any), "Between Donald Trump and JD Vance", "Donald Trump acts on JD Vance". */
export function describeActorClause({ actors, actorMatch }: ActorClause, nameOf: (id: string) => string): string {
  const names = actors.map(nameOf);
  if (actorMatch === 'directed' && names.length === 2) return `${names[0]} acts on ${names[1]}`;
  if (actorMatch === 'all' && names.length > 1) return `Between ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return names.join(', ');
}

/** A choice of the Match control and the clause it sets. */
export type MatchOption = { key: string; label: string; clause: ActorClause };

/** The Match control's choices: "involving any of", "between all of", and with exactly two actors each direction. */
export function matchOptions(actors: string[], nameOf: (id: string) => string): MatchOption[] {
  const options: MatchOption[] = [
    { key: 'any', label: 'involving any of', clause: { actors, actorMatch: 'any' } },
    { key: 'all', label: 'between all of', clause: { actors, actorMatch: 'all' } },
  ];
  if (actors.length !== 2) return options;
  const [a, b] = actors as [string, string];
  return [
    ...options,
    { key: 'a-on-b', label: `${nameOf(a)} acts on ${nameOf(b)}`, clause: { actors: [a, b], actorMatch: 'directed' } },
    { key: 'b-on-a', label: `${nameOf(b)} acts on ${nameOf(a)}`, clause: { actors: [b, a], actorMatch: 'directed' } },
  ];
}

/** The key of the Match choice the clause is (a direction always reads as the first acting on the second). */
export function matchKeyOf(clause: ActorClause): string {
  return clause.actorMatch === 'directed' ? 'a-on-b' : clause.actorMatch;
}

/** Whether row i of a list column holds the value. */
function listHas(list: BundleIndex['targets'], i: number, value: number): boolean {
  for (let k = list.offsets[i]!; k < list.offsets[i + 1]!; k++) if (list.values[k] === value) return true;
  return false;
}
