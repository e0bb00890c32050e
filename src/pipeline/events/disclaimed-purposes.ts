import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { ModalityReading } from './modality.ts';

// An act its party says it has no plan, intention or question of doing is denied ("has no plans to meet", "no
// question of talks"); one there is "no reason" or "no need" for is only doubted, hypothetical ("no reason to
// meet", "no need for a meeting"). The act follows the noun as an infinitive, an -ing form or a noun after "of" or
// "for" ("no plans for a summit"), or an infinitive with its own subject ("no plans for Erdogan to meet Assad").
const NO_INTENT = new Set(['plan', 'plans', 'intention', 'intentions', 'intent', 'desire', 'wish', 'question']);
const NO_GROUND = new Set(['reason', 'need', 'point']);
// Words that may open a noun act after its preposition: "no need for a meeting", "no plans for any new talks".
const NOUN_OPENERS = new Set(['DET', 'ADJ', 'NUM']);
// How many words an infinitive's own subject may take: "for the two presidents to meet", "for Erdogan to".
const SUBJECT_REACH = 4;

/** The position of "for" before an infinitive's own subject ("for Erdogan to meet"), else -1. */
function forSubjectBefore(tokens: Token[], to: number): number {
  for (let j = to - 1; j >= Math.max(1, to - SUBJECT_REACH); j--) {
    const word = tokens[j]!;
    if (word.lower === 'for') return j < to - 1 ? j : -1;
    if (!word.isWord || (!word.capitalised && word.pos !== 'DET' && word.pos !== 'NUM' && word.pos !== 'NOUN'))
      return -1;
  }
  return -1;
}

/** The preposition or "to" that links the act at `triggerStart` to the noun before it, else -1. */
function linkBefore(tokens: Token[], triggerStart: number, isNoun: boolean): number {
  const link = tokens[triggerStart - 1]?.lower;
  if (link === 'to') {
    const forAt = forSubjectBefore(tokens, triggerStart - 1);
    return forAt >= 0 ? forAt : triggerStart - 1;
  }
  if (link === 'of' && /ing$/.test(tokens[triggerStart]?.lower ?? '')) return triggerStart - 1;
  if (!isNoun) return -1;
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - 4); j--) {
    const token = tokens[j]!;
    if (token.lower === 'of' || token.lower === 'for') return j;
    if (!NOUN_OPENERS.has(token.pos ?? '')) return -1;
  }
  return -1;
}

/** The reading of an act after "no plans to", "no intention of", "no reason to", "no need for" (an adjective may stand before the noun). */
export function noPurposeBefore(tokens: Token[], triggerStart: number, isNoun: boolean): ModalityReading | null {
  const link = linkBefore(tokens, triggerStart, isNoun);
  if (link < 2) return null;
  const noun = tokens[link - 1]!.lower;
  const no = tokens[link - 2]?.lower === 'no' ? link - 2 : link - 3;
  if (tokens[no]?.lower !== 'no' || (no === link - 3 && tokens[no + 1]?.pos !== 'ADJ')) return null;
  const cue = `no ${noun} ${tokens[link]!.lower}`;
  if (NO_INTENT.has(noun)) return { modality: 'denied', cue, direction: 'future' };
  if (NO_GROUND.has(noun)) return { modality: 'hypothetical', cue, direction: 'future' };
  return null;
}

// "there was no reason to", "there would be no need for", "there have been no plans to".
const BE = new Set(['is', 'was', 'are', 'were', "'s", '’s', 'be', 'been']);
// How far before the act "no" may stand: "no plans for the two presidents to meet".
const NO_REACH = 8;

/** Whether the act's "no ... to/of/for" stands in an existential clause: "there was no need to meet". */
function existentialBefore(tokens: Token[], triggerStart: number): boolean {
  for (let j = triggerStart - 1; j >= Math.max(2, triggerStart - NO_REACH); j--) {
    if (tokens[j]!.lower !== 'no') continue;
    if (!BE.has(tokens[j - 1]!.lower)) return false;
    for (let k = j - 2; k >= Math.max(0, j - 4); k--) if (tokens[k]!.lower === 'there') return true;
    return false;
  }
  return false;
}

/**
 * "Trump said there was no reason to meet Xi", "There is no need to expel the ambassador, Tusk said": an act
 * disclaimed in an existential clause has no subject of its own; it is the speaker's, whose act it would be. (With
 * no one doing it, a force act said by a speaker would read as the speaker's threat.)
 */
export function withExistentialSpeakers(drafts: EventDraft[]): EventDraft[] {
  return drafts.map((d) => {
    if (d.source.length > 0 || !d.saidBy?.length || !d.modalityCue.startsWith('no ')) return d;
    if (!existentialBefore(d.tokens, d.match.tokenStart)) return d;
    const target = d.target.filter((p) => !d.saidBy!.some((s) => s.actorId === p.actorId));
    return { ...d, source: d.saidBy, target, saidBy: undefined };
  });
}
