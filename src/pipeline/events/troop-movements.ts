import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';

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
