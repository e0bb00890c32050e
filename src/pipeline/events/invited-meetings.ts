import type { ResolvedDate } from '../dates/resolve-date.ts';
import type { EventDraft } from './event-records.ts';
import { MEETING_NOUNS } from './hosted-meetings.ts';

// Words that may stand between "to" and the meeting noun ("to direct talks", "to a new round of peace talks").
const BEFORE_MEETING = /^(a|an|the|new|fresh|direct|indirect|peace|ceasefire|face-to-face|round|of|further|first)$/;
const MEETING_REACH = 5;

/**
 * "Angola invited the Congolese government and the M23 to direct talks in Luanda", "Norway invited Colombia and
 * the ELN to peace talks": an invitation of two parties or more to a meeting is the inviter's REQUEST to each,
 * and it plans a meeting of the invited with each other, CONSULT, planned. Its day is not the invitation's, so
 * the planned meeting keeps no date of its own (`undated`).
 */
export function withInvitedMeetings(drafts: EventDraft[], undated: ResolvedDate): EventDraft[] {
  if (!drafts.some(isInvitation)) return drafts;
  return drafts.flatMap((d) => {
    const meeting = isInvitation(d) ? invitedMeeting(d, undated) : null;
    return meeting ? [d, meeting] : [d];
  });
}

function isInvitation(d: EventDraft): boolean {
  return d.type === 'REQUEST' && d.target.length >= 2 && /^invit/.test(d.tokens[d.match.tokenStart]!.lower);
}

function invitedMeeting(invitation: EventDraft, undated: ResolvedDate): EventDraft | null {
  const { tokens, match } = invitation;
  // The pattern ends with the "to" ("invited X and Y to"); the meeting noun follows it.
  const to = tokens[match.tokenEnd - 1]?.lower === 'to' ? match.tokenEnd - 1 : -1;
  if (to < 0) return null;
  let noun = -1;
  for (let j = to + 1; j < Math.min(tokens.length, to + 1 + MEETING_REACH); j++) {
    if (MEETING_NOUNS.has(tokens[j]!.lower)) {
      noun = j;
      break;
    }
    if (!BEFORE_MEETING.test(tokens[j]!.lower)) return null;
  }
  if (noun < 0) return null;
  // "a new round of talks": the talks are the meeting.
  while (tokens[noun + 1]?.lower === 'of' && MEETING_NOUNS.has(tokens[noun + 2]?.lower ?? '')) noun += 2;
  // The invited parties must be two sides: "invited Pashinyan and his ministers" plans no meeting between them.
  if (new Set(invitation.target.map((p) => p.actorId)).size < 2) return null;
  return {
    ...invitation,
    type: 'CONSULT',
    mode: null,
    match: {
      ...match,
      trigger: { ...match.trigger, type: 'CONSULT', direction: 'mutual', isNoun: true, mode: null },
      tokenStart: noun,
      tokenEnd: noun + 1,
      verbForms: null,
      verbToken: null,
      slotMention: null,
    },
    source: invitation.target,
    target: [],
    modality: 'planned',
    modalityCue: 'a meeting its parties are invited to',
    date: undated,
    dateSpan: null,
    saidBy: undefined,
    statementDate: undefined,
    demandedBy: undefined,
    conditionedOn: undefined,
  };
}
