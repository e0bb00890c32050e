import type { Token } from '../text/tokens.ts';
import type { ActorMention } from './find-mentions.ts';
import type { Gazetteer } from './gazetteer.ts';
import { MILITARY_NOUNS } from './office-titles.ts';
import { MILITARY_SECTOR } from './sector-agents.ts';

// Sectors whose nouns name armed people who may be loyal to someone: "forces", "troops", "fighters", "rebels".
const ARMED_SECTORS = new Set([MILITARY_SECTOR, 'militants', 'rebels']);
// "forces", "security forces": the military nouns a demonym takes, which the sector forms leave out.
const MILITARY_PHRASES = new Set(MILITARY_NOUNS);
// The words a noun for armed people may stand before "loyal to" over: "forces still loyal to", "troops now loyal to".
const NOUN_REACH = 3;

/**
 * "Fighters loyal to the Taliban", "soldiers loyal to Burhan", "forces loyal to Haftar": armed people loyal to a
 * party act for it. The mention of the party after "loyal to" becomes one over the whole phrase: an armed group or
 * organisation itself, a state's military for a state, and for a person the armed group the person belongs to,
 * else the military of the person's state. Called only with the sentence's mentions; a cheap test for "loyal".
 */
export function withLoyalForces(mentions: ActorMention[], tokens: Token[], gazetteer: Gazetteer): ActorMention[] {
  if (!tokens.some((t) => t.lower === 'loyal')) return mentions;
  let out = mentions;
  for (const party of mentions) {
    const to = tokens[party.tokenStart - 1]?.lower === 'the' ? party.tokenStart - 2 : party.tokenStart - 1;
    if (tokens[to]?.lower !== 'to' || tokens[to - 1]?.lower !== 'loyal') continue;
    const start = armedNounBefore(tokens, to - 1, gazetteer);
    const actorId = start === null ? null : loyalActor(party, gazetteer);
    if (start === null || actorId === null) continue;
    const whole: ActorMention = {
      actorId,
      tokenStart: start,
      tokenEnd: party.tokenEnd,
      start: tokens[start]!.start,
      end: party.end,
      via: 'group',
    };
    out = [...out.filter((m) => m.tokenEnd <= start || m.tokenStart >= party.tokenEnd), whole].sort(
      (a, b) => a.tokenStart - b.tokenStart,
    );
  }
  return out;
}

/**
 * "Putin's troops", "Burhan's army", "Haftar's forces": armed people named by a person's possessive are the
 * forces loyal to that person, read as `withLoyalForces` reads them (the person's armed group, else the
 * military of the person's state). Only people: a state's possessive is a sector agent already ("Sudan's
 * army"). Called only with the sentence's mentions; a cheap test for a possessive.
 */
export function withPersonsForces(mentions: ActorMention[], tokens: Token[], gazetteer: Gazetteer): ActorMention[] {
  if (!tokens.some((t) => POSSESSIVE.test(t.text))) return mentions;
  let out = mentions;
  for (const person of mentions) {
    if (!POSSESSIVE.test(tokens[person.tokenEnd]?.text ?? '')) continue;
    if ((gazetteer.actors.get(person.actorId) ?? person.inferred)?.kind !== 'person') continue;
    const end = armedNounAfter(tokens, person.tokenEnd + 1, gazetteer);
    const actorId = end === null ? null : loyalActor(person, gazetteer);
    if (end === null || actorId === null) continue;
    const whole: ActorMention = {
      actorId,
      tokenStart: person.tokenStart,
      tokenEnd: end,
      start: person.start,
      end: tokens[end - 1]!.end,
      via: 'group',
    };
    out = [...out.filter((m) => m.tokenEnd <= person.tokenStart || m.tokenStart >= end), whole].sort(
      (a, b) => a.tokenStart - b.tokenStart,
    );
  }
  return out;
}

const POSSESSIVE = /^['’]s$/;

/** The end of the longest noun for armed people starting at `start` ("troops", "security forces"), or null. */
function armedNounAfter(tokens: Token[], start: number, gazetteer: Gazetteer): number | null {
  for (let end = Math.min(tokens.length, start + NOUN_REACH); end > start; end--) {
    const words = tokens.slice(start, end).map((t) => ({ text: t.lower }));
    if (MILITARY_PHRASES.has(words.map((w) => w.text).join(' '))) return end;
    const match = gazetteer.sectors.forms.longestMatch(words, 0);
    if (match?.length === words.length && ARMED_SECTORS.has(match.values[0]!)) return end;
  }
  return null;
}

/** The start of a noun for armed people ending right before `loyal`, past a few adverbs ("still", "now"). */
function armedNounBefore(tokens: Token[], loyal: number, gazetteer: Gazetteer): number | null {
  for (let end = loyal; end > 0 && end >= loyal - 2; end--) {
    for (let start = end - 1; start >= 0 && start >= end - NOUN_REACH; start--) {
      const words = tokens.slice(start, end).map((t) => ({ text: t.lower }));
      if (MILITARY_PHRASES.has(words.map((w) => w.text).join(' '))) return start;
      const match = gazetteer.sectors.forms.longestMatch(words, 0);
      if (match?.length === words.length && ARMED_SECTORS.has(match.values[0]!)) return start;
    }
    if (!/^\p{Ll}+ly$|^(still|now)$/u.test(tokens[end - 1]?.lower ?? '')) return null;
  }
  return null;
}

function loyalActor(party: ActorMention, gazetteer: Gazetteer): string | null {
  const actor = gazetteer.actors.get(party.actorId) ?? party.inferred;
  if (!actor) return null;
  if (actor.kind === 'armed-group' || actor.kind === 'organization') return actor.id;
  const stateId = actor.kind === 'state' ? actor.id : actor.kind === 'person' ? actor.affiliation : null;
  const own = stateId ? gazetteer.actors.get(stateId) : undefined;
  if (own?.kind === 'armed-group') return own.id;
  if (own?.kind !== 'state') return null;
  return gazetteer.sectors.actorOf.get(`${own.id}|${MILITARY_SECTOR}`) ?? own.id;
}
