import { hashString, mix32 } from './minhash.ts';

/** Words per shingle: five-word sequences are rare enough by chance and survive light editing. */
export const SHINGLE_WORDS = 5;

/**
 * The words of a passage for comparison: lower case, typographic quotes and apostrophes made straight,
 * punctuation dropped, possessive "'s" dropped, so "Veldoria’s" and "Veldoria's" compare equal.
 */
export function normalisedWords(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[‘’ʼ′]/g, "'").replace(/[“”„″]/g, '"');
  return (folded.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/'s$/, ''));
}

/** The distinct hashes of a passage's word five-grams, sorted; a passage shorter than five words has one shingle of all its words. */
export function shingleHashes(words: string[]): Uint32Array {
  const wordHashes = words.map(hashString);
  const hashes = new Set<number>();
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    for (let k = i; k < Math.min(words.length, i + SHINGLE_WORDS); k++) h = mix32(Math.imul(h, 31) ^ wordHashes[k]!);
    hashes.add(h);
  }
  return Uint32Array.from(hashes).sort();
}
