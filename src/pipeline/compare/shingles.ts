import { hashString, mix32 } from './minhash.ts';

/** Words per shingle: five-word sequences are rare enough by chance and survive light editing. */
export const SHINGLE_WORDS = 5;

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
