import type { Token } from '../text/tokens.ts';
import type { CompiledTrigger, Slot, VerbForm } from './trigger-lexicon.ts';

/**
 * "The Russian ambassador was summoned by Chisinau", "new sanctions on Minsk were imposed by the EU", "a truce
 * was declared by the RSF": in the passive the object of a verb-and-object pattern ("{summon} ~ ambassador",
 * "{impose} ~ sanctions") is the subject before the verb, not a noun after it, so the pattern found nothing or
 * only the verb's weaker reading alone ("imposed" as a coercion). The passive verb reads the pattern whose
 * object noun heads its subject, when the passive names its agent; the agent and the subject's party are read as
 * for any passive.
 */

// The auxiliary before a passive participle ("was summoned", "were imposed", "has been declared").
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
// Adverbs that may stand between the auxiliary and the participle.
const BETWEEN = new Set(['also', 'later', 'first', 'then', 'formally', 'officially', 'finally', 'again', 'not']);
// How far back from the auxiliary the subject's head noun may stand ("new sanctions on Russian banks were").
const REACH = 6;
// The subject's noun phrase ends at these: another clause or phrase is before them.
const PHRASE_ENDS = new Set([',', ';', ':', 'that', 'which', 'who', 'and', 'but', 'said', 'as', 'after', 'when']);
// A participle is one only in these forms.
const PARTICIPLES: ReadonlySet<VerbForm> = new Set(['participle', 'past']);

/**
 * The patterns of `candidates` (those beginning at the verb `verb`) whose object noun heads the subject of the
 * passive the verb is in, each with the verb's forms; empty for a verb that is no passive participle.
 */
export function passiveObjectMatches(
  tokens: Token[],
  verb: number,
  candidates: readonly CompiledTrigger[] | undefined,
): { trigger: CompiledTrigger; verbForms: VerbForm[] }[] {
  if (!candidates) return [];
  if (!agentAfter(tokens, verb)) return [];
  const aux = auxiliaryBefore(tokens, verb);
  // "the agreement signed by A and B", "a truce declared by the RSF": a reduced relative names its object noun
  // right before the participle (`reduced-passive-objects.test.ts`).
  if (aux < 0 && !tokens[verb - 1]?.isWord) return [];
  const found: { trigger: CompiledTrigger; verbForms: VerbForm[] }[] = [];
  for (const trigger of candidates) {
    const verbSlot = trigger.slots[0];
    if (verbSlot?.kind !== 'verb') continue;
    const forms = verbSlot.forms.get(tokens[verb]!.lower);
    if (!forms?.some((f) => PARTICIPLES.has(f))) continue;
    const objects = objectWords(trigger.slots);
    const named = aux < 0 ? objects?.has(tokens[verb - 1]!.lower) : objects && headNounBefore(tokens, aux, objects);
    if (named) found.push({ trigger, verbForms: forms });
  }
  return found;
}

/**
 * Whether "by" and its agent follow the participle within a few words ("was summoned by", "were imposed on Minsk
 * by"): only a passive that names who acts is read; one without ("a compromise can be reached") names no actor
 * of a directed act, and the verb keeps its own reading.
 */
function agentAfter(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k <= verb + AGENT_REACH && k < tokens.length; k++) if (tokens[k]!.lower === 'by') return true;
  return false;
}
// "were imposed on Russian banks by": the words between the participle and its "by".
const AGENT_REACH = 4;

/** The passive auxiliary right before the participle at `verb` (adverbs between), or -1. */
function auxiliaryBefore(tokens: Token[], verb: number): number {
  let k = verb - 1;
  while (k > 0 && (BETWEEN.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower))) k--;
  return PASSIVE_BE.has(tokens[k]?.lower ?? '') ? k : -1;
}

/** Whether one of the object words stands in the noun phrase before the auxiliary at `aux`. */
function headNounBefore(tokens: Token[], aux: number, objects: ReadonlySet<string>): boolean {
  let k = aux - 1;
  // "has been imposed", "had been declared", "will be summoned".
  while (k >= 0 && ['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might'].includes(tokens[k]!.lower)) k--;
  for (let j = k; j >= Math.max(0, k - REACH); j--) {
    const word = tokens[j]!.lower;
    if (objects.has(word)) return true;
    if (PHRASE_ENDS.has(word)) return false;
  }
  return false;
}

/**
 * The object nouns of a pattern that is a verb, fillers and a required noun, maybe with optional words after it
 * ("{impose} ~ sanctions|embargo on|against?"); null for any other shape.
 */
function objectWords(slots: Slot[]): Set<string> | null {
  let s = 1;
  while (slots[s]?.kind === 'filler') s++;
  const object = slots[s];
  if (s === 1 || object?.kind !== 'word' || object.optional) return null;
  for (let r = s + 1; r < slots.length; r++) {
    const rest = slots[r]!;
    if (rest.kind !== 'word' || !rest.optional) return null;
  }
  return object.words;
}
