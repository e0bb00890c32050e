import type { GazetteerActor } from './resource-schemas.ts';

/**
 * Merges gazetteer layers, weakest first (converted Phoenix data, then leaders, then the curated file,
 * then a corpus's own gazetteer). On the same id the later record wins but keeps the earlier aliases,
 * adjectives and seats. A phrase a later layer gives to one actor is taken from the earlier layers'
 * other actors, and an earlier organisation whose very name a later actor carries is folded into it, so
 * "UN" or "European Union" name the curated actor only.
 */
export function mergeActorLayers(layers: GazetteerActor[][]): GazetteerActor[] {
  const merged = new Map<string, GazetteerActor>();
  for (const layer of layers) {
    const owners = phraseOwners(layer);
    for (const [id, actor] of merged) {
      const folded = foldTarget(actor, owners);
      if (folded) {
        merged.delete(id);
        continue;
      }
      merged.set(id, withoutPhrases(actor, owners));
    }
    for (const record of layer) {
      const earlier = merged.get(record.id);
      merged.set(record.id, earlier ? combine(earlier, record) : record);
    }
  }
  return [...merged.values()];
}

const key = (phrase: string) => phrase.replace(/^the\s+/i, '').toLowerCase();

function phraseOwners(layer: GazetteerActor[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const actor of layer) for (const phrase of [actor.name, ...actor.aliases]) owners.set(key(phrase), actor.id);
  return owners;
}

/** A state or person keeps its record; an organisation named exactly as a later actor becomes that actor. */
function foldTarget(actor: GazetteerActor, owners: Map<string, string>): string | null {
  if (actor.kind === 'state' || actor.kind === 'person') return null;
  const owner = owners.get(key(actor.name));
  return owner !== undefined && owner !== actor.id ? owner : null;
}

function withoutPhrases(actor: GazetteerActor, owners: Map<string, string>): GazetteerActor {
  const foreign = (phrase: string) => {
    const owner = owners.get(key(phrase));
    return owner !== undefined && owner !== actor.id;
  };
  if (!actor.aliases.some(foreign) && !(actor.adjectives ?? []).some(foreign) && !(actor.seats ?? []).some(foreign))
    return actor;
  return {
    ...actor,
    aliases: actor.aliases.filter((a) => !foreign(a)),
    ...(actor.adjectives ? { adjectives: actor.adjectives.filter((a) => !foreign(a)) } : {}),
    ...(actor.seats ? { seats: actor.seats.filter((s) => !foreign(s)) } : {}),
  };
}

function combine(earlier: GazetteerActor, later: GazetteerActor): GazetteerActor {
  const union = (a: string[] | undefined, b: string[] | undefined) =>
    a || b ? [...new Set([...(b ?? []), ...(a ?? [])])] : undefined;
  const adjectives = union(earlier.adjectives, later.adjectives);
  const seats = union(earlier.seats, later.seats);
  return {
    ...earlier,
    ...later,
    aliases: union(earlier.aliases, later.aliases)!.filter((a) => a !== later.name),
    roles: later.roles.length > 0 ? later.roles : earlier.roles,
    ...(adjectives ? { adjectives } : {}),
    ...(seats ? { seats } : {}),
  };
}
