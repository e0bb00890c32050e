import type { ActorMention } from '../actors/find-mentions.ts';
import type { PlaceMention } from '../places/find-places.ts';
import { placeAfter } from '../places/place-after.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// A visit told as a noun is a CONSULT of the visitor with the host, the government of the place the visit is to
// (PLOVER codes a visit as a meeting with the host). "a visit by Rubio to Panama", "the visit of Wang Yi to
// New Delhi": the party after "by" or "of" is the visitor (the pattern's slot, read as its object). "Modi's visit
// to Moscow angered Washington": the place after "to" is the host, not a party the governing clause names. The
// verb governing the noun gives the modality (modality.ts: "was postponed", "ahead of").
const AGENT_WORDS = new Set(['by', 'of']);
const VERB_TAGS = new Set(['VERB', 'AUX']);

/** Each nominal visit with the visitor as its source and the host of the place visited as its target. */
export function withNominalVisits(
  drafts: EventDraft[],
  places: PlaceMention[],
  mentions: ActorMention[],
  stateOf: (country: string) => string | null,
  sideOf: (actorId: string) => string,
): EventDraft[] {
  return drafts.map((d) => {
    const { match, tokens } = d;
    if (d.type !== 'CONSULT' || match.trigger.mode !== 'visit' || !match.trigger.isNoun) return d;
    const to = match.tokenEnd - 1;
    if (tokens[to]?.lower !== 'to') return d;
    const hostParty = hostAfter(tokens, to, places, mentions, stateOf, sideOf);
    if (!hostParty) return d;
    const host = hostParty.actorId;
    const byAgent = AGENT_WORDS.has(tokens[match.tokenStart + 1]?.lower ?? '') && match.slotMention !== null;
    // "a visit by Rubio to Panama": the slot's party travels; whoever governs the noun ("cancelled") does not.
    // A demonym in the slot ("by a US delegation") is no target of the pattern's reading, but it names who travels.
    const source = byAgent ? (d.target.length > 0 ? d.target : [slotParty(match.slotMention!)]) : d.source;
    const own = new Set(source.flatMap((p) => [p.actorId, sideOf(p.actorId)]));
    if (source.length === 0 || own.has(host)) return d;
    if (byAgent) return { ...d, source, target: [hostParty] };
    // A target named in the noun phrase ("to Moscow to meet Putin") stays; one the governing clause names after
    // a verb of its own ("angered Washington") gives way to the host.
    if (d.target.some((p) => p.actorId === host || sideOf(p.actorId) === host)) return d;
    if (d.target.length > 0 && !d.target.every((p) => p.span && afterFiniteVerb(tokens, to + 1, p.span.start)))
      return d;
    return { ...d, target: [hostParty] };
  });
}

/** The government of the place named after "to" ("to Cairo"), or the party named there itself ("to Panama"). */
export function hostAfter(
  tokens: Token[],
  to: number,
  places: PlaceMention[],
  mentions: ActorMention[],
  stateOf: (country: string) => string | null,
  sideOf: (actorId: string) => string,
): Participant | null {
  const place = placeAfter(tokens, to, places);
  const host = place?.place.country ? stateOf(place.place.country) : null;
  if (place && host) return { actorId: host, span: { start: place.start, end: place.end }, via: 'seat' };
  const at = tokens[to + 1]?.lower === 'the' ? to + 2 : to + 1;
  const named = mentions.find((m) => m.tokenStart === at && m.via !== 'adjective' && sideOf(m.actorId) === m.actorId);
  return named ? slotParty(named) : null;
}

function slotParty(mention: ActorMention): Participant {
  return { actorId: mention.actorId, span: { start: mention.start, end: mention.end }, via: mention.via };
}

/** Whether a verb of the governing clause (not an infinitive after "to") stands between the place and `offset`. */
function afterFiniteVerb(tokens: Token[], from: number, offset: number): boolean {
  for (let j = from; j < tokens.length && tokens[j]!.start < offset; j++)
    if (VERB_TAGS.has(tokens[j]!.pos ?? '') && tokens[j - 1]?.lower !== 'to') return true;
  return false;
}
