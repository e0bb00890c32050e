import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';

/**
 * "The Iranian proposal was rejected by Washington", "Russian drones were shot down over Kursk", "the Chinese
 * offer was accepted": a demonym in the subject of a passive names the party acted on, as it does in the object
 * of the active verb ("Washington rejected the Iranian proposal"). The subject names no actor of its own, so the
 * passive had no target. Meetings keep their parties as they are ("the Turkish talks were held").
 */

// Words that may stand between the demonym and the passive's auxiliary: the head noun and its modifiers.
const MAX_NOUN_WORDS = 3;
// A determiner or a quantifier before the demonym, or nothing: the subject's noun phrase starts there.
const PHRASE_STARTS = new Set([
  'the',
  'a',
  'an',
  'two',
  'three',
  'several',
  'dozens',
  'some',
  'many',
  'more',
  'new',
  'of',
]);

/** The demonym heading a passive's subject that ends right before token `aux`, or null. */
export function passiveSubjectDemonym(tokens: Token[], mentions: ActorMention[], aux: number): ActorMention | null {
  for (let j = aux - 1; j >= Math.max(0, aux - MAX_NOUN_WORDS); j--) {
    const demonym = mentions.find((m) => m.tokenEnd === j && m.via === 'adjective');
    if (demonym && j < aux) {
      const before = tokens[demonym.tokenStart - 1];
      return !before || PHRASE_STARTS.has(before.lower) || !before.isWord ? demonym : null;
    }
    const token = tokens[j]!;
    if (!token.isWord || token.capitalised) return null;
  }
  return null;
}
