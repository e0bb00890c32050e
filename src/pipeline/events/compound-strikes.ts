import type { Token } from '../text/tokens.ts';

// The lexicon reads "missiles hit Kyiv" and "a missile struck" as a weapon and its verb. "A drone strike on Saada",
// "missile strikes on Damascus killed", "condemned the missile strike" are one compound noun instead: "strike"
// does not agree with a singular weapon (that verb would be "strikes"), and "strikes" followed by a preposition or a
// verb of its own is the plural noun. Read as a noun, the attack takes the tense of the verbs around it, not the
// present of a weapon striking now. "Missiles strike Kharkiv" and the headline "Missile Strikes Kyiv" stay verbs.
const WEAPONS_SINGULAR = new Set(['missile', 'rocket', 'drone', 'bomb', 'shell', 'artillery', 'mortar']);
const WEAPONS = new Set([...WEAPONS_SINGULAR, 'missiles', 'rockets', 'drones', 'bombs', 'shells', 'mortars']);
const AFTER_PLURAL_NOUN = new Set(['on', 'against', 'in', 'near', 'at', 'across', 'into', 'that', 'which']);

/** The trigger's two words are a weapon and "strike(s)" making one noun ("a drone strike on Saada"). */
export function isCompoundStrike(tokens: readonly Token[], triggerStart: number, triggerEnd: number): boolean {
  if (triggerEnd - triggerStart !== 2) return false;
  const weapon = tokens[triggerStart]!.lower;
  const strike = tokens[triggerStart + 1]!.lower;
  if (!WEAPONS.has(weapon)) return false;
  if (strike === 'strike') return WEAPONS_SINGULAR.has(weapon);
  if (strike !== 'strikes') return false;
  const next = tokens[triggerEnd];
  return next !== undefined && (AFTER_PLURAL_NOUN.has(next.lower) || next.pos === 'VERB' || next.pos === 'AUX');
}
