import type { PlaceMention } from '../places/find-places.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

// Words that head a noun phrase of armed units: when such a phrase "arrives in" a place it is a deployment,
// not a visit, and when it "was pulled out" it is its own side's withdrawal.
const UNIT_NOUNS = new Set([
  'troops',
  'soldiers',
  'forces',
  'peacekeepers',
  'peacekeeping',
  'contingent',
  'contingents',
  'battalion',
  'battalions',
  'brigade',
  'brigades',
  'units',
  'marines',
  'paratroopers',
  'reinforcements',
  'fighters',
  'guerrillas',
  'guerillas',
  'militiamen',
  'rebels',
  'warships',
  'observers',
  'monitors',
  'deployment',
  'helmets',
]);
// Words that make a deployment a peacekeeping one (PLOVER AID, CAMEO 074) rather than a show of force.
const PEACEKEEPING = /^(peacekeep|blue$|observers$|monitors$)/;
const AUXILIARIES = new Set(['have', 'has', 'had', 'was', 'were', 'is', 'are', 'been', 'being', 'be', 'will', 'would']);
const ADVERB = /ly$|^(already|also|finally|first|now|then|just|again|yet)$/;
// How far back a subject noun phrase is read for its kind ("The first contingent of African Union peacekeepers").
const SUBJECT_SCAN = 8;

/** The token that heads the subject right before a verb at `verb`, past auxiliaries and adverbs; -1 if none. */
function subjectHeadBefore(tokens: Token[], verb: number): number {
  let j = verb - 1;
  while (j >= 0 && (AUXILIARIES.has(tokens[j]!.lower) || ADVERB.test(tokens[j]!.lower))) j--;
  return j;
}

/** The nearest unit noun of the subject phrase ending at `end`, back to a clause break; -1 if none. */
function unitNounBefore(tokens: Token[], end: number): number {
  for (let j = end; j >= Math.max(0, end - SUBJECT_SCAN); j--) {
    if (UNIT_NOUNS.has(tokens[j]!.lower)) return j;
    if (!tokens[j]!.isWord && tokens[j]!.text !== '-') return -1;
  }
  return -1;
}

/** The words of the subject noun phrase ending at `head`, back to a clause break. */
function subjectWords(tokens: Token[], head: number): string[] {
  const words: string[] = [];
  for (let j = head; j >= Math.max(0, head - SUBJECT_SCAN); j--) {
    const token = tokens[j]!;
    if (!token.isWord && token.text !== '-') break;
    words.push(token.lower);
  }
  return words;
}

/**
 * "Kenyan peacekeepers have arrived in Haiti", "Russian troops arrived in Belarus": armed units arriving
 * are deployed, not visiting. Peacekeepers are aid (PLOVER AID, peacekeeping); other units a mobilisation.
 */
export function asDeployment(draft: EventDraft): EventDraft {
  const { match, tokens } = draft;
  if (match.trigger.mode !== 'visit' || match.verbForms === null) return draft;
  const head = subjectHeadBefore(tokens, match.tokenStart);
  if (head < 0 || !UNIT_NOUNS.has(tokens[head]!.lower)) return draft;
  const peacekeeping = subjectWords(tokens, head).some((w) => PEACEKEEPING.test(w));
  return peacekeeping
    ? { ...draft, type: 'AID', mode: 'peacekeeping' }
    : { ...draft, type: 'MOBILIZE', mode: 'troops' };
}

// Withdrawals whose units can be the subject of a passive: "monitors were flown out", "fighters have been
// demobilized". The side the units belong to withdraws them.
const OWN_UNIT_WITHDRAWALS = new Set(['expel', 'disarm', 'withdraw']);

/**
 * A passive withdrawal with no agent ("Forty UN monitors were flown out", "Hundreds of M23 fighters have been
 * demobilized") is done by the units' own side: the party named in the subject becomes the source. So is a
 * withdrawal named by a noun ("the pullout of Russian forces").
 */
export function withUnitsAsWithdrawer(draft: EventDraft): EventDraft {
  const { match, tokens } = draft;
  if (draft.source.length > 0 || !OWN_UNIT_WITHDRAWALS.has(match.trigger.mode ?? '')) return draft;
  if (draft.type !== 'RETREAT' && draft.type !== 'SANCTION') return draft;
  if (match.trigger.isNoun) return withWithdrawnAsWithdrawer(draft);
  const verb = match.verbToken ?? match.tokenStart;
  if (!isAgentlessPassive(tokens, verb, match.tokenEnd)) return draft;
  // "peacekeepers were pulled out" is matched from its subject noun; "were demobilized" from its verb, whose
  // subject may end in a participle phrase ("fighters based in Kivu have been demobilized").
  const head = verb > match.tokenStart ? match.tokenStart : unitNounBefore(tokens, subjectHeadBefore(tokens, verb));
  if (head < 0 || !UNIT_NOUNS.has(tokens[head]!.lower)) return draft;
  const owners = draft.target.filter((p) => p.span === null || p.span.end <= tokens[head]!.end);
  if (owners.length === 0) return draft;
  return { ...draft, source: owners, target: draft.target.filter((p) => !owners.includes(p)) };
}

/** "the withdrawal of Rwandan troops", "the pullout of Russian forces": the units named after "of" withdraw. */
function withWithdrawnAsWithdrawer(draft: EventDraft): EventDraft {
  const withdrawn = draft.match.slotMention;
  if (!withdrawn || draft.match.trigger.type !== 'RETREAT') return draft;
  const source = {
    actorId: withdrawn.actorId,
    span: { start: withdrawn.start, end: withdrawn.end },
    via: withdrawn.via,
  };
  return { ...draft, source: [source], target: draft.target.filter((p) => p.actorId !== withdrawn.actorId) };
}

/** A participle after a form of "be" with no "by" agent after it. */
function isAgentlessPassive(tokens: Token[], verb: number, end: number): boolean {
  let j = verb - 1;
  while (j >= 0 && ADVERB.test(tokens[j]!.lower)) j--;
  if (!/^(was|were|is|are|been|being|be)$/.test(tokens[j]?.lower ?? '')) return false;
  for (let k = end; k < Math.min(tokens.length, end + 6); k++) if (tokens[k]!.lower === 'by') return false;
  return true;
}

// Verbs of moving into or out of a place ("entered", "rolled into", "left") report an event only when armed
// units or police move: their lexicon entries say `subject: "units"` (an ASSAULT for entering, a RETREAT for
// leaving), and the draft takes its type from who moved where (`asMovement`).
// Who may be the subject of such a movement: armed units, and the police.
const MOVING_UNITS = new Set([
  ...UNIT_NOUNS,
  'police',
  'policemen',
  'army',
  'tanks',
  'militants',
  'insurgents',
  'gunmen',
  'jihadists',
  'convoy',
  'convoys',
]);
// Common nouns of places that a movement may name instead of a place's name ("entered the city").
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'villages',
  'capital',
  'airport',
  'base',
  'province',
  'region',
  'district',
  'port',
  'territory',
  'country',
  'enclave',
  'camp',
  'zone',
  'outskirts',
]);
// Words between the verb and the place ("entered the northern town of", "left the besieged city").
const BEFORE_PLACE =
  /^(the|of|a|key|strategic|besieged|embattled|northern|southern|eastern|western|central|centre|center|heart|provincial|regional|rebel-held|last)$/;
const PLACE_REACH = 5;

/**
 * Where a movement goes or comes from, right after its verb: a place's name ("entered Mekelle"), a state's
 * ("left Afghanistan"), or a common noun of place ("entered the city"). `country` is the named place's country
 * or the state's own; null for a noun alone. Null when no place follows.
 */
function destinationAfter(
  from: number,
  tokens: Token[],
  places: PlaceMention[],
  stateAt: (token: number) => string | null,
): { country: string | null; state: string | null } | null {
  for (let k = from; k < Math.min(tokens.length, from + PLACE_REACH); k++) {
    const named = places.find((p) => p.tokenStart === k);
    if (named) return { country: named.place.country ?? null, state: null };
    const state = stateAt(k);
    if (state) return { country: null, state };
    if (PLACE_NOUNS.has(tokens[k]!.lower)) {
      // "the city of Goma": the name after the noun is the place.
      const after = tokens[k + 1]?.lower === 'of' ? places.find((p) => p.tokenStart === k + 2) : undefined;
      return { country: after?.place.country ?? null, state: null };
    }
    // "the Somali town of": a demonym or another capitalised word may qualify the noun of place.
    if (!BEFORE_PLACE.test(tokens[k]!.lower) && tokens[k]!.pos !== 'ADJ' && !tokens[k]!.capitalised) return null;
  }
  return null;
}

/**
 * "Federal police entered Mekelle", "the last foreign troops left the base": a verb of entering or leaving is
 * an event only with armed units or police as its subject and a place as its object. Other matches of these
 * verbs ("the minister entered the room", "she left the meeting early") are dropped before drafting.
 */
export function isUnitMovement(
  match: TriggerMatch,
  tokens: Token[],
  places: PlaceMention[],
  stateAt: (token: number) => string | null,
): boolean {
  if (match.trigger.subject !== 'units') return true;
  const head = subjectHeadBefore(tokens, match.verbToken ?? match.tokenStart);
  if (head < 0 || !MOVING_UNITS.has(tokens[head]!.lower)) return false;
  return destinationAfter(match.tokenEnd, tokens, places, stateAt) !== null;
}

/**
 * The type of a movement of units by who moved where. Entering: peacekeepers are deployed (AID), a state's
 * forces or police entering a place of their own state (or of none the text names) are mobilised (MOBILIZE),
 * entering another state's place or, for rebels and armed groups, any state's place is an attack on that state
 * (ASSAULT). Leaving, and a withdrawal from a named place ("pulled out of Goma"), is a RETREAT, from the state of
 * that place when units move and it is another's.
 */
export function asMovement(
  draft: EventDraft,
  places: PlaceMention[],
  lookups: MovementLookups,
  stateAt: (token: number) => string | null,
): EventDraft {
  const { match, tokens } = draft;
  const { countryOf, stateOf, isNonState } = lookups;
  const withdrawal = match.trigger.type === 'RETREAT' && match.trigger.mode === 'withdraw';
  const entering = match.trigger.subject === 'units' && match.trigger.type === 'ASSAULT';
  if (!entering && !withdrawal) return draft;
  const destination = destinationAfter(match.tokenEnd, tokens, places, stateAt);
  const own = new Set(draft.source.map((p) => countryOf(p.actorId)));
  const placeState = destination?.state ?? (destination?.country ? stateOf(destination.country) : null);
  const placeCountry = destination?.state ? countryOf(destination.state) : (destination?.country ?? null);
  const foreign = placeState && !own.has(placeCountry) ? placeState : null;
  const head = subjectHeadBefore(tokens, match.verbToken ?? match.tokenStart);
  if (withdrawal) {
    const retreat = { ...draft, type: 'RETREAT' as const, mode: 'withdraw' };
    // Units that leave a place leave its state ("Russian troops withdrew from Kherson", "pulled its forces out
    // of"); a state said to withdraw from somewhere may be leaving a deal or a forum as much as a town.
    const units =
      MOVING_UNITS.has(tokens[head]?.lower ?? '') ||
      tokens.slice(match.tokenStart, match.tokenEnd).some((t) => MOVING_UNITS.has(t.lower));
    return units && foreign && draft.target.length === 0 ? { ...retreat, target: [placeParty(foreign)] } : retreat;
  }
  if (subjectWords(tokens, head).some((w) => PEACEKEEPING.test(w)))
    return { ...draft, type: 'AID', mode: 'peacekeeping' };
  // Police or troops of no named state ("federal police") are taken to be the place's own.
  const hostile = draft.source.length > 0 && draft.source.every((p) => isNonState(p.actorId));
  const stated = draft.source.length > 0 && draft.source.every((p) => countryOf(p.actorId) !== null);
  if (hostile) return { ...draft, type: 'ASSAULT', mode: null, target: placeState ? [placeParty(placeState)] : [] };
  if (stated && foreign) {
    const named = draft.target.filter((p) => p.actorId === foreign);
    return { ...draft, type: 'ASSAULT', mode: null, target: named.length > 0 ? named : [placeParty(foreign)] };
  }
  const police = /^police/.test(tokens[head]?.lower ?? '');
  return { ...draft, type: 'MOBILIZE', mode: police ? 'police' : 'troops', target: [] };
}

/** What `asMovement` asks of the gazetteer: an actor's country, a country's state, whether an actor is armed and no state. */
export type MovementLookups = {
  countryOf: (actorId: string) => string | null;
  stateOf: (country: string) => string | null;
  isNonState: (actorId: string) => boolean;
};

/** The state of a place an event names: the place does not name the state, so no span. */
function placeParty(stateId: string): Participant {
  return { actorId: stateId, span: null, via: 'seat' };
}
