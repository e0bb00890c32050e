import { mix32, SIGNATURE_SIZE } from './minhash.ts';

/** Rows per band: 32 bands of 2 rows make pairs above a Jaccard of about 0.3 candidates almost surely. */
export const ROWS_PER_BAND = 2;
/** In a bucket, a unit is compared with at most this many earlier units of other outlets (the earliest ones). */
export const ANCHORS_PER_BUCKET = 8;
/** ...found among at most this many earlier members, so a bucket of one outlet's repeats stays cheap. */
const SCAN_PER_BUCKET = 32;

/**
 * Candidate pairs by LSH banding: units whose signatures agree on all rows of some band share a bucket.
 * Units must be given in a fixed order (earliest first); each is paired only with the first few earlier
 * members of each of its buckets that belong to another outlet, so a sentence copied by thousands of
 * articles is linked to its earliest copies rather than to every copy: the work and the output grow
 * linearly with the corpus. Bands are processed one at a time to keep memory small. Pairs are [earlier, later].
 */
export function candidatePairs(signatures: Uint32Array[], outletOf: (unit: number) => string): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = signatures.length;
  for (let band = 0; band * ROWS_PER_BAND < SIGNATURE_SIZE; band++) {
    const buckets = new Map<number, number[]>();
    for (let unit = 0; unit < n; unit++) {
      const key = bandKey(signatures[unit]!, band);
      const members = buckets.get(key);
      if (!members) {
        buckets.set(key, [unit]);
        continue;
      }
      const outlet = outletOf(unit);
      let compared = 0;
      for (let m = 0; m < members.length && m < SCAN_PER_BUCKET && compared < ANCHORS_PER_BUCKET; m++) {
        const earlier = members[m]!;
        if (outletOf(earlier) === outlet) continue;
        compared++;
        const id = earlier * n + unit;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([earlier, unit]);
      }
      if (members.length < SCAN_PER_BUCKET) members.push(unit); // later members are never scanned
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function bandKey(signature: Uint32Array, band: number): number {
  let h = mix32(band + 0x632be5ab);
  for (let r = band * ROWS_PER_BAND; r < (band + 1) * ROWS_PER_BAND && r < SIGNATURE_SIZE; r++) h = mix32(Math.imul(h, 31) ^ signature[r]!);
  return h;
}
