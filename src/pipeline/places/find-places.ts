import { PhraseTrie } from '../actors/phrase-trie.ts';
import type { Place } from '../resources/resource-schemas.ts';
import { phraseTokens, type Token } from '../text/tokens.ts';

/** A place named in a sentence. */
export type PlaceMention = { place: Place; tokenStart: number; tokenEnd: number; start: number; end: number };

/**
 * Compiles place names and aliases into a trie (a leading "the" is optional in text). Lists come weakest first:
 * a name claimed again by a later place is that place's only, so the curated gazetteer wins over GeoNames.
 */
export function compilePlaces(places: Place[]): PhraseTrie<Place> {
  const owners = new Map<string, { tokens: string[]; place: Place }>();
  for (const place of places)
    for (const name of [place.name, ...place.aliases]) {
      const tokens = placeTokens(name.replace(/^the\s+/i, ''));
      owners.set(tokens.join(' '), { tokens, place });
    }
  const trie = new PhraseTrie<Place>();
  for (const { tokens, place } of owners.values()) trie.add(tokens, place);
  return trie;
}

// Most names are words of letters between single spaces, whose tokens are those words: splitting them is
// much cheaper than tokenizing thousands of GeoNames names each time the dictionaries are compiled.
const PLAIN_WORDS = /^\p{L}+(?: \p{L}+)*$/u;

function placeTokens(name: string): string[] {
  return PLAIN_WORDS.test(name) ? name.split(' ') : phraseTokens(name);
}

/** Finds place names in a sentence's tokens, longest first. */
export function findPlaces(tokens: Token[], trie: PhraseTrie<Place>): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = tokens[i]!.capitalised ? trie.longestMatch(tokens, i) : null;
    if (!match) {
      i++;
      continue;
    }
    const end = i + match.length;
    found.push({
      place: match.values[0]!,
      tokenStart: i,
      tokenEnd: end,
      start: tokens[i]!.start,
      end: tokens[end - 1]!.end,
    });
    i = end;
  }
  return found;
}

/** Prepositions after which a capital or venue is where something happens, not who acts. */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in',
  'at',
  'to',
  'from',
  'for',
  'into',
  'inside',
  'near',
  'via',
  'outside',
  'toward',
  'towards',
  'on',
  // Verbs of leaving take the place left as their object: "left Nairobi on Sunday to attend talks".
  'left',
  'leaves',
  'leaving',
  'departed',
  'departs',
  'fled',
  'flees',
  'fleeing',
]);

/** Whether the phrase starting at `at` follows a locative preposition ("in Doha", "at the White House"). */
export function followsLocative(tokens: Token[], at: number): boolean {
  let j = at - 1;
  for (let hops = 0; hops < 4; hops++) {
    if (tokens[j]?.lower === 'the') j--;
    if (j < 0) return false;
    if (LOCATIVE_PREPOSITIONS.has(tokens[j]!.lower)) return true;
    // "to Cairo or Doha": a place listed after another place shares its preposition.
    if (!['and', 'or', ','].includes(tokens[j]!.lower)) return false;
    j--;
    while (j > 0 && tokens[j]!.capitalised && tokens[j - 1]!.capitalised) j--;
    if (!tokens[j]?.capitalised) return false;
    j--;
  }
  return false;
}
