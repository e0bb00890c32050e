import { mix32, SIGNATURE_SIZE } from './minhash.ts';

/** Rows per band: 32 bands of 2 rows make pairs above a Jaccard of about 0.3 candidates almost surely. */
export const ROWS_PER_BAND = 2;
/** In a bucket, an item is compared with at most this many earlier members, so a crowded bucket stays cheap. */
export const SCAN_PER_BUCKET = 32;

/**
 * Candidate pairs by LSH banding: items whose signatures agree on all rows of some band share a bucket.
 * Each item is paired with at most the first 32 earlier members of each of its buckets, so the work grows
 * linearly with the number of items. Bands are processed one at a time to keep memory small.
 * Pairs are [earlier, later] indices, sorted.
 */
export function candidatePairs(signatures: Uint32Array[]): [number, number][] {
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (let band = 0; band * ROWS_PER_BAND < SIGNATURE_SIZE; band++) {
    const buckets = new Map<number, number[]>();
    for (let item = 0; item < signatures.length; item++) {
      const key = bandKey(signatures[item]!, band);
      const members = buckets.get(key);
      if (!members) {
        buckets.set(key, [item]);
        continue;
      }
      for (const earlier of members) {
        const id = `${earlier},${item}`;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([earlier, item]);
      }
      if (members.length < SCAN_PER_BUCKET) members.push(item); // later members are never compared
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function bandKey(signature: Uint32Array, band: number): number {
  let h = mix32(band + 0x632be5ab);
  for (let r = band * ROWS_PER_BAND; r < (band + 1) * ROWS_PER_BAND && r < SIGNATURE_SIZE; r++) h = mix32(Math.imul(h, 31) ^ signature[r]!);
  return h;
}
