import type { Token } from '../text/tokens.ts';

/**
 * Nouns for a kind of place that "of" and a name follow: "the island of Barbados", "the province of Cabo
 * Delgado", "the city of Goma", "the Sea of Japan". Not "state", "republic" or "kingdom": "the State of Qatar" is the state acting.
 */
const PLACE_KINDS = new Set([
  'island',
  'islands',
  'region',
  'province',
  'city',
  'town',
  'village',
  'district',
  'county',
  'port',
  'governorate',
  'oblast',
  'enclave',
  'exclave',
  'peninsula',
  'territory',
  'archipelago',
  // Waters named after a state ("the Sea of Japan", "the Gulf of Oman") are where something happens, not the state.
  'sea',
  'gulf',
  'bay',
  'strait',
  'straits',
]);

/**
 * Words that make "region" or "territory" a polity, not a place: "the breakaway region of Somaliland", "the
 * separatist region of Transnistria", "the self-declared republic" sign deals and hold talks as parties.
 */
const POLITY_WORDS = new Set(['breakaway', 'separatist', 'secessionist', 'declared', 'proclaimed', 'styled']);

/** Whether the name starting at token `at` is told as a place: "the island of" or "the Caribbean island of" before it. */
export function namedAsPlace(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at - 1]?.lower === 'of' &&
    PLACE_KINDS.has(tokens[at - 2]?.lower ?? '') &&
    !POLITY_WORDS.has(tokens[at - 3]?.lower ?? '')
  );
}
