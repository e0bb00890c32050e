import type { Token } from '../text/tokens.ts';

// Readiness for an act told with a noun: "Iran is open to talks with Washington", "Kyiv is ready for a ceasefire",
// "the rebels said they were open to dialogue". The act is only offered, not under way: "is" before the noun would
// otherwise read it as ongoing. ("ready to", "willing to" before a verb are read by modality's own cues.)
const READY = new Map([
  ['open', 'to'],
  ['ready', 'for'],
  ['prepared', 'for'],
]);
// How many words may stand between the preposition and the act noun: "open to direct talks", "ready for a new
// round of" (read on words: the tagger reads "direct" after "to" as a verb).
const LEAD_REACH = 4;

/** The cue "open to" or "ready for" when it stands before the noun trigger at `triggerStart`, else null. */
export function readinessFor(tokens: Token[], triggerStart: number): string | null {
  for (let j = triggerStart - 1; j >= Math.max(1, triggerStart - 1 - LEAD_REACH); j--) {
    const token = tokens[j]!;
    const word = tokens[j - 1]!.lower;
    if (READY.get(word) === token.lower) return `${word} ${token.lower}`;
    if (!token.isWord || token.capitalised) return null;
  }
  return null;
}
