// MinHash over 32-bit shingle hashes, Parley's own small implementation: every hash is seeded and fixed,
// so the same text always gives the same signature and the bundle stays byte-identical between runs.

/** Number of hash functions in a signature: 64 gives a standard error of about 0.06 on a Jaccard estimate. */
export const SIGNATURE_SIZE = 64;

/** A 32-bit finaliser (MurmurHash3's fmix32): spreads nearby inputs over the whole range. */
export function mix32(input: number): number {
  let h = input | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a hash of a string, 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// One seed per hash function, from a fixed linear congruential sequence: deterministic, no Math.random.
const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x5eed1234;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
})();

/** The MinHash signature of a set of shingle hashes: for each seeded hash function, the smallest value. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix32(shingle ^ SEEDS[i]!);
      if (v < signature[i]!) signature[i] = v;
    }
  }
  return signature;
}

/** Exact Jaccard similarity of two sorted sets of distinct hashes. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** The union of sorted sets of distinct hashes, sorted and distinct. */
export function unionOf(sets: Uint32Array[]): Uint32Array {
  const all = new Set<number>();
  for (const set of sets) for (const v of set) all.add(v);
  return Uint32Array.from(all).sort();
}
