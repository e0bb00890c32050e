import type { ActorMention } from '../actors/find-mentions.ts';
import type { ResolvedDate } from '../dates/resolve-date.ts';
import { type Token, wordsAt } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// A party that says it will act "only if" another acts sets that act as its condition: it demands it (PLOVER
// REQUEST, as "X said Y must first lift the sanctions" is), made when it is said ("Tehran would return to talks
// only if Washington lifted sanctions": Iran's REQUEST of the United States). The conditioned act stays
// hypothetical. Only the restrictive openers: a plain "if" or "unless" is read as a threat or an offer elsewhere.
const OPENERS: string[][] = [
  ['only', 'if'],
  ['only', 'after'],
  ['only', 'once'],
  ['only', 'when'],
  ['on', 'condition', 'that'],
  ['provided', 'that'],
];
// The openers' first words, asked of each token before the openers are.
const OPENER_FIRST_WORDS = new Set(OPENERS.map((o) => o[0]!));
const CONDITION_REACH = 8;
const CLAUSE_ENDS = new Set([',', ';', ':', 'and', 'but']);

/** Each draft, followed by the REQUEST of who set it as a condition when its act is one. */
export function withSetConditions(drafts: EventDraft[], mentions: ActorMention[], undated: ResolvedDate): EventDraft[] {
  // Most sentences hold no restrictive condition: test for its words first.
  if (drafts.length === 0 || !hasOpener(drafts[0]!.tokens)) return drafts;
  return drafts.flatMap((d) => {
    const request = conditionSetter(d, drafts, mentions, undated);
    return request ? [d, request] : [d];
  });
}

function hasOpener(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++)
    if (OPENER_FIRST_WORDS.has(tokens[i]!.lower) && openerAt(tokens, i)) return true;
  return false;
}

function openerAt(tokens: Token[], at: number): boolean {
  for (const opener of OPENERS) if (wordsAt(tokens, at, opener)) return true;
  return false;
}

/** The REQUEST of the party who set the draft's act as its condition, or null. */
function conditionSetter(
  d: EventDraft,
  drafts: EventDraft[],
  mentions: ActorMention[],
  undated: ResolvedDate,
): EventDraft | null {
  if (d.modality !== 'hypothetical' || d.source.length === 0 || d.type === 'REQUEST') return null;
  const opener = openerBefore(d.tokens, d.match.tokenStart);
  if (opener < 0) return null;
  const acting = new Set(d.source.map((p) => p.actorId));
  const setter = setterBefore(opener, d, drafts, mentions).filter((p) => !acting.has(p.actorId));
  if (setter.length === 0) return null;
  const date = d.statementDate ?? undated;
  return {
    ...d,
    type: 'REQUEST',
    mode: null,
    source: setter,
    target: d.source,
    modality: 'occurred',
    modalityCue: `set as a condition (${d.tokens[opener]!.lower} …) of ${d.type}`,
    date,
    dateSpan: null,
    statedIntent: undefined,
    demandedBy: undefined,
    saidBy: undefined,
    conditionedOn: undefined,
  };
}

/** The first token of the restrictive opener of the trigger's condition clause, or -1. */
function openerBefore(tokens: Token[], triggerStart: number): number {
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - CONDITION_REACH); j--) {
    if (CLAUSE_ENDS.has(tokens[j]!.lower)) return -1;
    for (const opener of OPENERS) {
      const start = j - opener.length + 1;
      if (start >= 0 && wordsAt(tokens, start, opener)) return start;
    }
  }
  return -1;
}

/**
 * Who sets the condition: the subject of the clause it restricts. The source of an act of that clause ("would
 * join the talks only if"), else who says the clause ("Tehran said it would return ... only if"), else the
 * sentence's first party named before the opener.
 */
function setterBefore(opener: number, d: EventDraft, drafts: EventDraft[], mentions: ActorMention[]): Participant[] {
  const main = drafts.findLast((o) => o !== d && o.match.tokenEnd <= opener && o.source.length > 0);
  if (main) return main.source;
  if (d.saidBy?.length) return d.saidBy;
  const first = mentions.find((m) => m.tokenEnd <= opener && m.via !== 'adjective');
  return first ? [{ actorId: first.actorId, span: { start: first.start, end: first.end }, via: first.via }] : [];
}
