import type { Token } from '../text/tokens.ts';

// "would respond to any Indian attack", "warned against any military provocation", "any blockade of the island
// would be an act of war": "any" before an act noun speaks of an act that may come, none reported. (A denial or
// refusal of "any" act is read before this: "denied any attack" stays denied.)
// How many words may stand between "any" and the noun: "any new Indian attack", "any large-scale military".
const LEAD_REACH = 3;

/** The cue "any" when it opens the noun phrase of the noun trigger at `triggerStart`, else null. */
export function anyBeforeNoun(tokens: Token[], triggerStart: number): string | null {
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - 1 - LEAD_REACH); j--) {
    const token = tokens[j]!;
    if (token.lower === 'any') return 'any';
    if (!token.isWord && token.text !== '-') return null;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.text !== '-') return null;
  }
  return null;
}
