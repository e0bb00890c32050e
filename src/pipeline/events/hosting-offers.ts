import type { EventDraft } from './event-records.ts';
import { HOST_VERBS, MEETING_NOUNS } from './hosted-meetings.ts';
import type { Participant } from './participants.ts';

// "Saudi Arabia is ready to host a summit between Putin and Zelensky", "Turkey offered to host talks between
// Russia and Ukraine": offering to host others' meeting is the host's AGREE with them (CAMEO 036 and 039, an intent
// to meet or mediate), made when it is said. The host verb's CONSULT is merged into the meeting noun's, so the
// offer was read from no verb (none with "ready to"), or aimed only at the first party ("offered to"); the
// meeting's CONSULT stays, hypothetical.
const OFFER_WORDS = new Set(['ready', 'willing', 'prepared', 'offer', 'offers', 'offered', 'offering']);
// How far before the meeting noun its host verb may stand: "host a new round of talks between".
const MEETING_REACH = 5;

/** The host verb after "to" governing the meeting noun of `draft` ("to host a new round of talks"), else -1. */
function hostVerbBefore(draft: EventDraft): number {
  const { tokens, match } = draft;
  for (let h = match.tokenStart - 1; h >= Math.max(2, match.tokenStart - MEETING_REACH); h--) {
    const word = tokens[h]!;
    if (HOST_VERBS.has(word.lower)) return tokens[h - 1]!.lower === 'to' ? h : -1;
    if (!word.isWord) return -1;
  }
  return -1;
}

const unique = (ps: Participant[]) => ps.filter((p, i) => ps.findIndex((q) => q.actorId === p.actorId) === i);

/**
 * Adds the host's AGREE with the parties of a meeting it offers to host; when "offered to" or "willing to" already
 * reads the offer as an AGREE, that one is widened to them instead.
 */
export function withHostingOffers(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  const widened = new Map<EventDraft, EventDraft>();
  const added = new Map<EventDraft, EventDraft>();
  for (const meeting of drafts) {
    const { tokens, match } = meeting;
    if (meeting.type !== 'CONSULT' || !match.trigger.isNoun || !MEETING_NOUNS.has(tokens[match.tokenStart]!.lower))
      continue;
    const h = hostVerbBefore(meeting);
    if (h < 0) continue;
    // "offered on Monday to host", "agreed to host": an AGREE whose "to" governs the host verb reads the offer.
    const offer = drafts.find(
      (a) => a.type === 'AGREE' && a.sentence === meeting.sentence && a.match.tokenEnd === h && a.source.length > 0,
    );
    if (!offer && !OFFER_WORDS.has(tokens[h - 2]!.lower)) continue;
    const verbAt = tokens[h]!.start;
    const parties = unique([...meeting.source, ...meeting.target]);
    // The host is the offer's subject, else the party the meeting names before the host verb.
    const hosts = offer ? offer.source : parties.filter((p) => p.span !== null && p.span.start < verbAt);
    if (hosts.length === 0) continue;
    const own = new Set(hosts.map((p) => sideOf(p.actorId)));
    const others = parties.filter((p) => !own.has(sideOf(p.actorId)) && (p.span?.start ?? Infinity) > verbAt);
    if (others.length === 0) continue;
    if (offer) {
      // A party the promise rule took for the counterpart stays only when it is of neither side offered to.
      const sides = new Set(others.map((p) => sideOf(p.actorId)));
      const kept = offer.target.filter((p) => !sides.has(sideOf(p.actorId)));
      widened.set(offer, { ...offer, target: unique([...others, ...kept]) });
      continue;
    }
    added.set(meeting, {
      ...meeting,
      type: 'AGREE',
      mode: null,
      source: hosts,
      target: others,
      modality: 'occurred',
      modalityCue: `offer to ${tokens[h]!.lower} a meeting`,
      ...(meeting.statementDate ? { date: meeting.statementDate, dateSpan: null } : {}),
    });
  }
  if (widened.size === 0 && added.size === 0) return drafts;
  return drafts.flatMap((d) => {
    const offer = added.get(d);
    return offer ? [d, offer] : [widened.get(d) ?? d];
  });
}
