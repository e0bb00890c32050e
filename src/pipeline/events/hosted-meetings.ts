import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { byPastAdjuncts } from './passive-by-reach.ts';

/**
 * "Qatar hosted the talks", "the talks were chaired by Fidan", "Sisi convened a summit": the one party named
 * runs a meeting whose other parties go unnamed. PLOVER codes the host's part as CONSULT, so such a meeting
 * is kept with one party; a bare meeting noun with one party ("Kenya's talks") still needs a second.
 */
export function isHostedMeeting(match: TriggerMatch, tokens: Token[]): boolean {
  const from = Math.max(0, match.tokenStart - HOST_REACH);
  const to = Math.min(tokens.length - 1, match.tokenEnd + HOST_REACH);
  for (let h = from; h <= to; h++) {
    if (!HOST_VERBS.has(tokens[h]!.lower)) continue;
    const meeting = hostedMeetingAt(tokens, h);
    if (meeting !== null && (covers(match, h) || covers(match, meeting))) return true;
  }
  return false;
}

/** The meeting noun a host verb at `h` governs: its object ("hosted the talks") or its passive subject. */
function hostedMeetingAt(tokens: Token[], h: number): number | null {
  // "were hosted on Saturday in Doha by": the time and place of a passive may stand before its "by".
  const passive =
    tokens[h + 1]?.lower === 'by' || (BE_FORMS.has(tokens[h - 1]?.lower ?? '') && byPastAdjuncts(tokens, h + 1) >= 0);
  if (passive) {
    // "The talks in Istanbul were chaired by": the noun heads the subject a few words before the verb.
    for (let j = h - 1; j >= Math.max(0, h - HOST_REACH - 2); j--) if (MEETING_NOUNS.has(tokens[j]!.lower)) return j;
    return null;
  }
  // "hosted the talks", "chaired a closed-door meeting": the object follows within a short noun phrase.
  for (let j = h + 1; j <= Math.min(tokens.length - 1, h + HOST_REACH); j++) {
    if (MEETING_NOUNS.has(tokens[j]!.lower)) return j;
    if (!tokens[j]!.isWord && tokens[j]!.text !== '-') return null;
  }
  return null;
}

function covers(match: TriggerMatch, token: number): boolean {
  return token >= match.tokenStart && token < match.tokenEnd;
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** How far from a meeting trigger its host verb may stand, in tokens. */
const HOST_REACH = 4;

/** Verbs whose subject runs a meeting (participants.ts counts their subject among the meeting's parties too). */
export const HOST_VERBS: ReadonlySet<string> = new Set([
  'host',
  'hosts',
  'hosted',
  'hosting',
  'chair',
  'chairs',
  'chaired',
  'chairing',
  'convene',
  'convenes',
  'convened',
  'convening',
  'mediate',
  'mediates',
  'mediated',
  'mediating',
  'moderated',
  'facilitated',
  'brokered',
  'organised',
  'organized',
  'presided',
]);

export const MEETING_NOUNS: ReadonlySet<string> = new Set([
  'talks',
  'meeting',
  'meetings',
  'summit',
  'negotiations',
  'conference',
  'consultations',
  'dialogue',
  'discussions',
  'round',
  'session',
  'signing',
  'ceremony',
  'forum',
]);

// Joint acts whose parties are the ones a host receives: "signed a declaration at a ceremony hosted by Trump".
const HOSTED_ACTS = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/**
 * "A declaration was signed by Pashinyan and Aliyev at a ceremony hosted by Trump": a host's meeting that names
 * no guest meets the parties of the joint act its sentence reports, the act the host's ceremony, talks or
 * summit was held for.
 */
export function withHostedParties(drafts: EventDraft[]): EventDraft[] {
  return drafts.map((draft) => {
    if (!isGuestlessHost(draft)) return draft;
    const own = new Set(draft.source.map((p) => p.actorId));
    const guests = drafts
      // An act with no one acting ("the treaty was signed at a Kremlin ceremony") names only its setting.
      .filter(
        (d) => d !== draft && HOSTED_ACTS.has(d.type) && d.match.trigger.direction === 'mutual' && d.source.length > 0,
      )
      .flatMap((d) => [...d.source, ...d.target])
      .filter((p) => !own.has(p.actorId));
    const target = guests.filter((p, i) => guests.findIndex((q) => q.actorId === p.actorId) === i);
    return target.length > 0 ? { ...draft, target } : draft;
  });
}

function isGuestlessHost(draft: EventDraft): boolean {
  if (draft.type !== 'CONSULT' || draft.source.length === 0 || draft.target.length > 0) return false;
  const { match, tokens } = draft;
  for (let j = match.tokenStart; j < match.tokenEnd; j++) if (HOST_VERBS.has(tokens[j]!.lower)) return true;
  return false;
}
