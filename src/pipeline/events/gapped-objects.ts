import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import { pairPhraseStart } from './pair-anaphora.ts';
import type { CompiledTrigger, Slot, VerbForm } from './trigger-lexicon.ts';

/**
 * "The truce that Ethiopia and the TPLF signed in Pretoria", "the deal which Serbia and Kosovo reached", "the
 * ceasefire Armenia and Azerbaijan agreed": in a relative clause the verb's object is the noun the clause
 * describes, before its subject, not after the verb where a verb-and-object pattern ("{sign} ~ deal") looks for
 * it. The clause's own act is the pattern's, with the clause's subject as its party.
 */

/** The relative words that may open a clause whose object is gapped ("the deal that", "the pact which"). */
const RELATIVE_WORDS = new Set(['that', 'which']);
/** Finite forms only: "the deal signed by" is a participle the passive patterns read. */
const FINITE: ReadonlySet<VerbForm> = new Set(['past', 'present', 'base']);

/**
 * The noun a relative clause ending at `verb` describes, when the clause is its actors and the verb ("the truce
 * that Ethiopia and the TPLF | signed"), or -1. Asked once per verb, before any pattern is tried.
 */
export function gappedAntecedent(tokens: Token[], verb: number, mentionEndingAt: Map<number, ActorMention>): number {
  const subject = coordinatedSubjectStart(tokens, verb, mentionEndingAt);
  if (subject < 0) return -1;
  const noun = RELATIVE_WORDS.has(tokens[subject - 1]?.lower ?? '') ? subject - 2 : subject - 1;
  return noun >= 0 && tokens[noun]!.isWord ? noun : -1;
}

/** The verb forms of a verb-and-object pattern whose object is the antecedent noun, or null. */
export function gappedObjectForms(
  trigger: CompiledTrigger,
  tokens: Token[],
  verb: number,
  noun: number,
): VerbForm[] | null {
  if (!objectWords(trigger.slots)?.has(tokens[noun]!.lower)) return null;
  const forms = (trigger.slots[0] as Slot & { kind: 'verb' }).forms.get(tokens[verb]!.lower);
  return forms?.some((f) => FINITE.has(f)) ? forms : null;
}

/** The object nouns of a pattern that is a verb, fillers and a required noun ("{sign} ~ ~ truce"), else null. */
function objectWords(slots: Slot[]): Set<string> | null {
  const last = slots.at(-1);
  if (slots[0]?.kind !== 'verb' || last?.kind !== 'word' || last.optional) return null;
  for (let s = 1; s < slots.length - 1; s++) if (slots[s]!.kind !== 'filler') return null;
  return slots.length > 1 ? last.words : null;
}

/** Where the actors right before the verb begin ("Ethiopia and the TPLF signed"), or -1 when none end there. */
function coordinatedSubjectStart(tokens: Token[], verb: number, mentionEndingAt: Map<number, ActorMention>): number {
  let mention: ActorMention | undefined = mentionEndingAt.get(verb);
  // "the framework the two sides signed", "the truce both armies agreed": a pair phrase is the clause's actors.
  if (!mention) return pairPhraseStart(tokens, verb - 1);
  for (;;) {
    const start: number = tokens[mention.tokenStart - 1]?.lower === 'the' ? mention.tokenStart - 1 : mention.tokenStart;
    const joiner: string | undefined = tokens[start - 1]?.lower;
    const previous: ActorMention | undefined =
      joiner === 'and' || joiner === ',' ? mentionEndingAt.get(start - 1) : undefined;
    if (!previous) return start;
    mention = previous;
  }
}

/**
 * Where a gapped relative clause ends, at most at `end`: at the next verb, the main clause's own ("the truce that
 * A and B signed in Pretoria | collapsed in March"), whose date, place and object are not the signing's.
 */
export function gappedClauseEnd(tokens: Token[], match: { tokenEnd: number }, end: number): number {
  for (let k = match.tokenEnd; k < end; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return k;
  return end;
}
