import type { Token } from '../text/tokens.ts';

// An act a party goes on with is under way: "kept shelling the port", "kept up its strikes on", "continued their
// bombardment of", "pressed on with the offensive", "continued its talks with". The aspectual verb stands right
// before an -ing verb, or before an act noun with at most its determiner, owner or a describing word between; a
// trigger may also begin with it ("continued its talks with" read as one pattern).
const GOING_ON = new Set([
  'kept',
  'keep',
  'keeps',
  'keeping',
  'continued',
  'continues',
  'continue',
  'continuing',
  'sustained',
  'sustains',
  'sustain',
]);
// Two-word forms: "kept up", "pressed on with", "pressed ahead with", "carried on".
const GOING_ON_WITH = new Map([
  ['up', new Set(['kept', 'keep', 'keeps', 'keeping'])],
  [
    'on',
    new Set([
      'pressed',
      'presses',
      'press',
      'pressing',
      'carried',
      'carries',
      'carry',
      'carrying',
      'went',
      'goes',
      'go',
    ]),
  ],
  [
    'ahead',
    new Set(['pressed', 'presses', 'press', 'pressing', 'pushed', 'pushes', 'push', 'pushing', 'went', 'goes', 'go']),
  ],
]);
// Words that may stand between the aspectual verb and its act noun.
const NOUN_LEAD =
  /^(its|their|his|her|the|a|an|with|heavy|intense|relentless|daily|nightly|aerial|artillery|air|ground|military)$/;
const LEAD_REACH = 3;

/** The cue when the trigger at `triggerStart` is an act someone goes on with, else null. */
export function continuedAct(tokens: readonly Token[], triggerStart: number, nounTrigger: boolean): string | null {
  const first = tokens[triggerStart]?.lower ?? '';
  if (GOING_ON.has(first) && !nounTrigger) return first;
  // "kept shelling": the -ing verb right after the aspectual verb.
  if (!nounTrigger) {
    if (!/ing$/.test(first)) return null;
    return goingOnEndingAt(tokens, triggerStart - 1);
  }
  // "continued their bombardment of": a few leading words, then the noun.
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - 1 - LEAD_REACH); j--) {
    const cue = goingOnEndingAt(tokens, j);
    if (cue) return cue;
    if (!NOUN_LEAD.test(tokens[j]!.lower)) return null;
  }
  return null;
}

/** The aspectual verb, one word or two ("kept up"), whose last word is at `j`, else null. */
function goingOnEndingAt(tokens: readonly Token[], j: number): string | null {
  const word = tokens[j]?.lower ?? '';
  if (GOING_ON.has(word)) return word;
  const verbs = GOING_ON_WITH.get(word);
  const verb = tokens[j - 1]?.lower ?? '';
  return verbs?.has(verb) ? `${verb} ${word}` : null;
}
