import type { Modality } from '../../model/bundle-schema.ts';
import type { TimeDirection } from '../dates/resolve-date.ts';
import { isClauseBoundary } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

/** The modality an act's state of effect gives it, with its cue. */
export type EffectReading = { modality: Modality; cue: string; direction: TimeDirection };

// "sanctions ... remain in place", "the ban is in force", "the cap stays in effect": a measure that holds now.
const HOLDING_VERBS = new Set(['is', 'are', "'s", "'re", 'remain', 'remains', 'stay', 'stays']);
const IN_EFFECT = new Set(['force', 'place', 'effect']);
// "the cap takes effect on September 3", "the truce comes into force at midnight": the present of coming into
// effect is a schedule (news puts what is due in the present), not a state that holds.
const COMING_VERBS = new Set(['takes', 'take', 'comes', 'come', 'enters', 'enter']);
const COMING_INTO = new Set(['effect', 'force']);
// How far after a noun its predicate may stand ("EU sanctions on Russia's energy sector remain in place").
const REACH = 12;

/**
 * "EU sanctions on Russia remain in place" (ongoing), "the truce takes effect on Monday" (planned): the
 * modality a measure or truce takes from the verb of effect that is its predicate, or that its trigger
 * includes. Null when the act has no such predicate, or when its tense is past ("took effect": occurred,
 * read as any past tense).
 */
export function readEffectState(tokens: Token[], triggerStart: number, clauseEnd: number): EffectReading | null {
  const end = Math.min(clauseEnd, triggerStart + REACH);
  for (let k = triggerStart; k < end; k++) {
    const word = tokens[k]!.lower;
    if (k > triggerStart && isClauseBoundary(tokens[k]!, tokens[k + 1])) return null;
    if (HOLDING_VERBS.has(word) && holdsInEffect(tokens, k + 1))
      return { modality: 'ongoing', cue: `${word} in effect`, direction: 'future' };
    if (COMING_VERBS.has(word) && comesIntoEffect(tokens, k + 1))
      return { modality: 'planned', cue: `${word} into effect (scheduled)`, direction: 'future' };
  }
  return null;
}

/** "in place", "still in force", "fully in effect": the words after a verb of holding. */
function holdsInEffect(tokens: Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'ADV' && tokens[k]!.lower !== 'in') k++;
  return tokens[k]?.lower === 'in' && IN_EFFECT.has(tokens[k + 1]?.lower ?? '');
}

/** "effect", "into force", "into effect": the words after a verb of coming into effect. */
function comesIntoEffect(tokens: Token[], from: number): boolean {
  const next = tokens[from]?.lower ?? '';
  return COMING_INTO.has(next) || (next === 'into' && COMING_INTO.has(tokens[from + 1]?.lower ?? ''));
}

// Nouns of a truce, whose coming into effect is the truce's own event (PLOVER RETREAT, ceasefire).
const TRUCE_NOUNS = new Set(['ceasefire', 'cease-fire', 'truce', 'armistice']);
const RELATIVE_OPENERS = new Set(['that', 'which']);
const BROKERING = /^(brokered|mediated|facilitated|co-brokered|co-mediated|proposed|hosted|guaranteed)$/;
// How far back from the verb of effect the truce noun may stand, across its relative clause.
const RELATIVE_REACH = 14;

/**
 * "The truce that Ethiopia and the rebels signed on Wednesday took effect on Thursday": a verb of coming into
 * effect read only for a truce is one when its subject is a truce noun, right before it or before the relative
 * clause that ends right before it. Other matches of these verbs ("the new rules took effect") are dropped.
 */
export function isTruceTakingEffect(match: TriggerMatch, tokens: Token[]): boolean {
  return match.trigger.subject !== 'truce' || truceHead(match, tokens) >= 0;
}

/** The truce noun that is the subject of the verb of effect, before it or before its relative clause; -1 if none. */
function truceHead(match: TriggerMatch, tokens: Token[]): number {
  let j = match.tokenStart - 1;
  while (j >= 0 && /^(has|have|had|will|would|finally|formally|officially|then)$/.test(tokens[j]!.lower)) j--;
  if (TRUCE_NOUNS.has(tokens[j]?.lower ?? '')) return j;
  for (let k = j; k >= Math.max(1, match.tokenStart - RELATIVE_REACH); k--) {
    const token = tokens[k]!;
    if (RELATIVE_OPENERS.has(token.lower)) {
      const head = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
      return TRUCE_NOUNS.has(tokens[head]?.lower ?? '') ? head : -1;
    }
    if (token.text !== ',' && isClauseBoundary(token, tokens[k + 1])) return -1;
  }
  return -1;
}

/**
 * The parties of a truce taking effect, when the clause gives it no subject of its own: those who made it in
 * its relative clause ("the truce that Ethiopia and the TPLF signed"), else the names modifying the truce noun
 * ("the Israel-Hezbollah truce, which ..., took effect").
 */
export function withTruceParties(draft: EventDraft, mentions: ActorMention[]): EventDraft {
  const { match, tokens } = draft;
  if (match.trigger.subject !== 'truce') return draft;
  // The parties to a truce act alike: no one is its target, least of all its broker.
  if (draft.source.length > 0) return { ...draft, target: [] };
  const head = truceHead(match, tokens);
  if (head < 0) return draft;
  // "the truce, which the US brokered": a clause that names who brought the truce about names no party to it.
  const brokered = tokens.slice(head + 1, match.tokenStart).some((t) => BROKERING.test(t.lower));
  const inClause = brokered ? [] : mentions.filter((m) => m.tokenStart > head && m.tokenEnd <= match.tokenStart);
  const modifiers = mentions.filter((m) => m.tokenEnd <= head && m.tokenStart >= head - 4);
  const named = inClause.some((m) => m.via !== 'adjective') ? inClause.filter((m) => m.via !== 'adjective') : modifiers;
  const source: Participant[] = [];
  for (const m of named)
    if (!source.some((p) => p.actorId === m.actorId))
      source.push({ actorId: m.actorId, span: { start: m.start, end: m.end }, via: m.via });
  return source.length > 0 ? { ...draft, source, target: [] } : draft;
}
