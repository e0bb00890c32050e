import type { ActorMention } from '../actors/find-mentions.ts';
import type { GazetteerActor } from '../resources/resource-schemas.ts';
import type { PlaceMention } from '../places/find-places.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { hostAfter } from './nominal-visits.ts';

// "Washington sent its envoy to Niamey", "Ankara dispatched Foreign Minister Hakan Fidan to Damascus": sending an
// official is the sender's visit to the host of the place (CAMEO 042 "send envoy", PLOVER CONSULT). The pattern
// "{send}|{dispatch} X to" reads the official as the object; the host after "to" is the target instead. Troops,
// ships or a state in the slot are no visit ("sent soldiers to", read as MOBILIZE or AID elsewhere): the reading is
// dropped.

const SENDING = /^(send|sends|sending|sent|dispatch|dispatches|dispatching|dispatched)$/;

/** Each "sent X to <place>" reading with a person or an office in the slot, aimed at the place's host; others dropped. */
export function withSentOfficials(
  drafts: EventDraft[],
  places: PlaceMention[],
  mentions: ActorMention[],
  actorOf: (id: string) => GazetteerActor | undefined,
  stateOf: (country: string) => string | null,
  sideOf: (actorId: string) => string,
): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of drafts) {
    const { match, tokens } = d;
    const to = match.tokenEnd - 1;
    const sent = match.slotMention;
    if (d.type !== 'CONSULT' || !sendsOfficial(match, tokens)) {
      out.push(d);
      continue;
    }
    if (!isOfficial(sent!, actorOf)) continue;
    const host = hostAfter(tokens, to, places, mentions, stateOf, sideOf);
    const senders = new Set(d.source.map((p) => sideOf(p.actorId)));
    if (!host || d.source.length === 0 || senders.has(host.actorId)) continue;
    out.push({ ...d, target: [host] });
  }
  return out;
}

/** A person, or an office named by its title ("its envoy", "the foreign minister"), not a force, group or state. */
function isOfficial(mention: ActorMention, actorOf: (id: string) => GazetteerActor | undefined): boolean {
  return mention.via === 'role' || actorOf(mention.actorId)?.kind === 'person';
}

/** The "sent X to" visit reading: a verb of sending, its slot, then "to". */
export function sendsOfficial(match: TriggerMatch, tokens: Token[]): boolean {
  const verb = match.verbToken === null ? '' : tokens[match.verbToken]!.lower;
  const to = match.tokenEnd - 1;
  return (
    SENDING.test(verb) &&
    match.trigger.mode === 'visit' &&
    match.slotMention !== null &&
    match.slotMention.tokenEnd === to &&
    tokens[to]?.lower === 'to'
  );
}
