import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// Units sent, deployed or dispatched to help a party are military aid to that party, as CAMEO's verb dictionary
// codes "send &MILITARY" (072, PLOVER AID), not a mobilisation against it: "sent troops to help the Cameroonian
// army", "deployed soldiers to Mozambique to help it fight insurgents", "sent to fight alongside X". Units sent to
// a state to fight a party of another side there help that state ("soldiers sent to Russia to fight against
// Ukraine"); the aid is the sending state's, whose forces they are. Units sent against the state they go to, or
// with no purpose that names whom they help, stay a MOBILIZE.
const SENDING =
  /^(send|sends|sent|sending|deploy|deploys|deployed|deploying|dispatch|dispatches|dispatched|dispatching|rush|rushes|rushed|rushing)$/;
const HELPING = new Set([
  ...['help', 'assist', 'support', 'aid', 'back', 'bolster', 'reinforce', 'defend', 'protect', 'prop', 'shore'],
]);
const FIGHTING = new Set(['fight', 'battle', 'combat']);
// "fight alongside the Houthis", "fight for Moscow": the party named after these is the one helped.
const ON_THE_SIDE_OF = new Set(['alongside', 'beside', 'for']);
// A pronoun for the state the units go to ("to help it fight").
const DESTINATION_PRONOUNS = new Set(['it', 'them']);
// Words from the end of the sending to the purpose's "to" ("to Mozambique", "to the eastern Congo"), and from a
// purpose verb to the party it names ("help the embattled Malian army").
const PURPOSE_REACH = 7;
const PARTY_REACH = 4;
const BREAKS = new Set([',', ';', '.', 'and', 'but', 'while', 'as', 'after', 'before']);

/** Each MOBILIZE of units sent with a purpose of helping a party, retyped as that party's military aid. */
export function withHelpingDeployments(
  drafts: EventDraft[],
  mentions: readonly ActorMention[],
  sideOf: (actorId: string) => string,
): EventDraft[] {
  if (!drafts.some((d) => d.type === 'MOBILIZE')) return drafts;
  return drafts.map((d) => (d.type === 'MOBILIZE' && d.source.length > 0 ? asHelp(d, mentions, sideOf) : d));
}

function asHelp(draft: EventDraft, mentions: readonly ActorMention[], sideOf: (actorId: string) => string): EventDraft {
  const { tokens, match } = draft;
  if (!tokens.slice(match.tokenStart, match.tokenEnd).some((t) => SENDING.test(t.lower))) return draft;
  // "sending soldiers to help": the pattern's optional "to" may be the purpose's.
  const from = tokens[match.tokenEnd - 1]?.lower === 'to' ? match.tokenEnd - 1 : match.tokenEnd;
  const to = purposeTo(tokens, from);
  if (to < 0) return draft;
  const own = new Set(draft.source.map((p) => sideOf(p.actorId)));
  const destination = mentions.find((m) => m.tokenStart >= from && m.tokenEnd <= to && m.via !== 'adjective');
  const helped = helpedParty(tokens, to + 1, mentions, destination ?? null, sideOf);
  if (!helped || own.has(sideOf(helped.actorId))) return draft;
  const sources = new Map<string, Participant>();
  for (const p of draft.source) sources.set(sideOf(p.actorId), { ...p, actorId: sideOf(p.actorId) });
  const target: Participant = {
    actorId: helped.actorId,
    span: { start: helped.start, end: helped.end },
    via: helped.via,
  };
  return { ...draft, type: 'AID', mode: 'military', source: [...sources.values()], target: [target] };
}

/** The "to" of a purpose of helping or fighting after the sending, or -1: "sent troops [to Mali] to help". */
function purposeTo(tokens: Token[], from: number): number {
  for (let j = from; j < Math.min(tokens.length - 1, from + PURPOSE_REACH); j++) {
    const word = tokens[j]!.lower;
    if (j > from && BREAKS.has(word)) return -1;
    const next = tokens[j + 1]!.lower;
    if (word === 'to' && (HELPING.has(next) || FIGHTING.has(next))) return j;
  }
  return -1;
}

/** The party the purpose verb at `verb` helps: its object, the fought party's enemy where the units go, or none. */
function helpedParty(
  tokens: Token[],
  verb: number,
  mentions: readonly ActorMention[],
  destination: ActorMention | null,
  sideOf: (actorId: string) => string,
): ActorMention | null {
  const word = tokens[verb]!.lower;
  const next = tokens[verb + 1]?.lower ?? '';
  if (HELPING.has(word)) {
    if (DESTINATION_PRONOUNS.has(next)) return destination;
    return partyAfter(tokens, verb + 1, mentions);
  }
  if (ON_THE_SIDE_OF.has(next)) return partyAfter(tokens, verb + 2, mentions);
  // "sent to Russia to fight against Ukraine": the state they go to is helped against a party of another side.
  const enemy = partyAfter(tokens, next === 'against' ? verb + 2 : verb + 1, mentions);
  if (!destination || !enemy || sideOf(enemy.actorId) === sideOf(destination.actorId)) return null;
  return destination;
}

/** The first party named from `from` within a few words, with no break between ("the embattled Malian army"). */
function partyAfter(tokens: Token[], from: number, mentions: readonly ActorMention[]): ActorMention | null {
  for (let j = from; j < Math.min(tokens.length, from + PARTY_REACH); j++) {
    const m = mentions.find((x) => x.tokenStart === j);
    if (m) return m;
    // "to protect its islands from Turkish incursions": the party past a preposition is not the one helped.
    if (BREAKS.has(tokens[j]!.lower) || !tokens[j]!.isWord || tokens[j]!.pos === 'ADP') return null;
  }
  return null;
}
