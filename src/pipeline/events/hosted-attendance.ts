import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import { HOST_VERBS } from './hosted-meetings.ts';
import { mediatorMentions } from './mediators.ts';
import type { Participant } from './participants.ts';

// Verbs by which a guest takes part in a meeting someone else runs.
const ATTENDING = /^(attend|attends|attended|attending|participate|participates|participated|participating)$/;
// How far, in tokens, a meeting's drafts may stand from its host verb and still be about that meeting.
const SAME_MEETING_REACH = 10;
// How far a meeting noun read as its own draft may stand from the host verb ("hosted the first round of talks").
const NOUN_REACH = 4;

/**
 * "Talks hosted by Turkey and attended by Russian and Ukrainian negotiators", "Ruto attended the talks hosted by
 * Museveni", "Erdogan hosted Russian and Ukrainian delegations": the host meets each guest and the guests meet
 * each other. Read apart, the verbs give the host alone, the guests alone, or the host paired with each guest;
 * they are one meeting of all of them. With three parties or more every one is a source (a meeting of all, no
 * direction); with a host and one guest the guest meets the host.
 */
export function withHostedAttendance(drafts: EventDraft[], mentions: readonly ActorMention[]): EventDraft[] {
  const verb = hostVerbOf(drafts);
  if (verb === null) return drafts;
  const hostIds = new Set(mediatorMentions(drafts[0]!.tokens, mentions).map((m) => m.actorId));
  const group = drafts.filter((d) => isPartOfMeeting(d, verb));
  const parties = distinct(group.flatMap((d) => [...d.source, ...d.target]));
  const hosts = parties.filter((p) => hostIds.has(p.actorId));
  const guests = parties.filter((p) => !hostIds.has(p.actorId));
  if (hosts.length === 0 || guests.length === 0 || (group.length < 2 && parties.length < 3)) return drafts;
  // "signed the accord at a ceremony hosted by Anwar": the guests' own joint act already joins them.
  if (group.length < 2 && drafts.some((d) => !group.includes(d) && joinsAll(d, guests))) return drafts;
  // The guests' own verb names the meeting best ("attended"); else the host's.
  const base = group.find((d) => someWord(d, (w) => ATTENDING.test(w))) ?? group[0]!;
  const meeting: EventDraft =
    parties.length >= 3 ? { ...base, source: parties, target: [] } : { ...base, source: guests, target: hosts };
  return drafts.filter((d) => d === base || !group.includes(d)).map((d) => (d === base ? meeting : d));
}

/** The first host verb of a sentence with a meeting draft ("hosted", "chaired by"), or null. */
function hostVerbOf(drafts: EventDraft[]): number | null {
  if (!drafts.some((d) => d.type === 'CONSULT')) return null;
  const tokens = drafts[0]!.tokens;
  const at = tokens.findIndex((t) => HOST_VERBS.has(t.lower));
  return at >= 0 ? at : null;
}

/**
 * A meeting draft near the host verb: the host's or a guest's ("attended") within a clause's reach, or a meeting
 * noun right by the host verb ("hosted talks", "the talks hosted by"); a meeting noun further off may be
 * another meeting ("a day after the summit between ...").
 */
function isPartOfMeeting(d: EventDraft, verb: number): boolean {
  if (d.type !== 'CONSULT' || d.statedIntent) return false;
  const distance = Math.min(Math.abs(d.match.tokenStart - verb), Math.abs(d.match.tokenEnd - 1 - verb));
  if (someWord(d, (w) => HOST_VERBS.has(w) || ATTENDING.test(w))) return distance <= SAME_MEETING_REACH;
  return d.match.trigger.isNoun && distance <= NOUN_REACH;
}

function joinsAll(d: EventDraft, guests: Participant[]): boolean {
  const ids = new Set([...d.source, ...d.target].map((p) => p.actorId));
  return guests.every((g) => ids.has(g.actorId));
}

function someWord(d: EventDraft, test: (word: string) => boolean): boolean {
  for (let j = d.match.tokenStart; j < d.match.tokenEnd; j++) if (test(d.tokens[j]!.lower)) return true;
  return false;
}

function distinct(list: Participant[]): Participant[] {
  return list.filter((p, i) => list.findIndex((q) => q.actorId === p.actorId) === i);
}
