import type { Token } from '../text/tokens.ts';

/**
 * "Hamas will release ten hostages and sign the truce", "Kyiv could expel the envoy and sever ties", "the systems
 * will be paid for by Norway and delivered to Ukraine": verbs joined by "and" under one modal share it, so the
 * second is as planned or as hypothetical as the first. Without the modal the bare verb after "and" read as a
 * present tense (ongoing), and the participle as a past one (occurred).
 */

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll"]);
// Words that end the first verb phrase on the way back to its modal: another clause or a saying.
const CLAUSE_ENDS = new Set([
  ...[',', ';', ':', '(', ')', '"', '“', '”', '—', 'that', 'which', 'who', 'whose', 'where', 'when', 'while'],
  ...['but', 'because', 'if', 'unless', 'until', 'after', 'before', 'since', 'as', 'said', 'says', 'told'],
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do', 'to'],
]);
// What may stand right after the modal and belongs to both verbs: "would not", "will also", "could soon".
const AFTER_MODAL = new Set(['not', "n't", 'also', 'then', 'soon', 'now', 'likely', 'probably', 'still', 'both']);
// Tokens searched back from "and" for the modal: "will release ten of the hostages held in Gaza and ...".
const REACH = 12;

/**
 * The words that govern the first of two verbs joined by "and" at token `and` (from the clause's start up to the
 * modal and the words right after it: "... Hamas will", "... would not", "... will be"), to be read as the
 * second verb's own; null when no modal governs the first verb. `participle` is whether the second verb is a
 * past participle, which shares only a passive's "will be" ("will be paid for ... and delivered").
 */
export function sharedAuxiliary(
  tokens: Token[],
  and: number,
  clauseStart: number,
  participle: boolean,
): string[] | null {
  for (let k = and - 1; k >= Math.max(clauseStart, and - REACH); k--) {
    const word = tokens[k]!.lower;
    if (MODALS.has(word)) {
      let end = k + 1;
      while (AFTER_MODAL.has(tokens[end]?.lower ?? '') && end < and) end++;
      if (participle) {
        if (tokens[end]?.lower !== 'be') return null;
        end++;
      } else if (tokens[end]?.lower === 'be') return null;
      return tokens.slice(Math.max(clauseStart - 1, 0, k - 6), end).map((t) => t.lower);
    }
    if (CLAUSE_ENDS.has(word)) return null;
  }
  return null;
}
