import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';

/**
 * Whether the participle at `verb`, with "by" right after it, is a reduced relative on the noun phrase a name
 * ends: "the truce between Israel and Hezbollah brokered by France", "talks between Eritrea and Ethiopia mediated
 * by Saudi Arabia". A finite past verb takes an object before any "by" ("Egypt mediated talks"); one that a
 * "by" follows at once is a passive whose "be" was left out, as after a common noun ("people killed by"). A name
 * read as an adjective ("Iran-backed") describes a noun and ends no phrase.
 */
export function isParticipleAfterName(
  tokens: readonly Token[],
  verb: number,
  mentions: readonly ActorMention[],
): boolean {
  if (tokens[verb + 1]?.lower !== 'by' || verb === 0) return false;
  const before = mentions.find((m) => m.tokenEnd === verb);
  // "Russia, backed by": a comma opens an aside; only a name flush against the participle heads its phrase.
  return before !== undefined && before.via !== 'adjective' && before.tokenStart > 0;
}

/**
 * Whether the participle at `verb`, with "by" right after it, opens an aside after a comma: "Rwanda, accused by
 * Congo of backing the M23, denied", "North Korea, sanctioned by the UN since 2006, launched". The aside is a
 * passive on the noun phrase before the comma: its "by" phrase acts on that phrase, and neither is the subject
 * of the participle as of a finite verb.
 */
export function isParticipleAside(tokens: readonly Token[], verb: number): boolean {
  return verb >= 2 && tokens[verb - 1]!.text === ',' && tokens[verb + 1]?.lower === 'by';
}
