import type { Token } from './tokens.ts';

// Words in -ing after a comma that head a phrase, not a participle clause ("..., including Afghan villages").
const PREPOSITIONAL_FORMS = new Set(['including', 'according', 'excluding', 'regarding', 'concerning', 'during']);

/**
 * Where a participle clause after a comma opens between `from` and `to` ("struck Kharkiv overnight, damaging the
 * Polish consulate"): the comma's index, else `to`. What the participle acts on is its own object, not a place or
 * party the verb before the comma reached.
 */
export function trailingParticipleAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to - 1; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!;
    if (!next.lower.endsWith('ing') || next.capitalised || PREPOSITIONAL_FORMS.has(next.lower)) continue;
    // The tagger decides when it has read the sentence; an untagged one takes the form alone.
    if (next.pos === undefined || next.pos === 'VERB') return k;
  }
  return to;
}
