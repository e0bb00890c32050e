import { candidatePairs } from './lsh.ts';
import { jaccard, minhashSignature } from './minhash.ts';
import type { ReuseUnit } from './reuse-units.ts';
import { shingleHashes } from './shingles.ts';

/** Sentences with the same normalised words: shingled and hashed once, however many articles print them. */
export type SentenceClass = { shingles: Uint32Array; members: number[] };

/** A near-duplicate class and the exact Jaccard similarity of the two classes' shingles. */
export type ClassLink = { to: number; similarity: number };

/** The most near-duplicate classes kept per class: a boilerplate sentence with a thousand variants stays cheap. */
const MAX_LINKS_PER_CLASS = 16;

/** Groups units (in their fixed order) by identical normalised words; members are unit indices, ascending. */
export function classifyUnits(ordered: ReuseUnit[]): { classOf: Int32Array; classes: SentenceClass[] } {
  const byKey = new Map<string, number>();
  const classes: SentenceClass[] = [];
  const classOf = new Int32Array(ordered.length);
  ordered.forEach((unit, i) => {
    let c = byKey.get(unit.key);
    if (c === undefined) {
      c = classes.length;
      byKey.set(unit.key, c);
      classes.push({ shingles: shingleHashes(unit.key.split(' ')), members: [] });
    }
    classes[c]!.members.push(i);
    classOf[i] = c;
  });
  return { classOf, classes };
}

/**
 * Near-duplicate classes: MinHash signatures and LSH banding propose candidates, the exact Jaccard
 * similarity of their shingles decides (at least `threshold`). Each class keeps its most similar links.
 */
export function linkSimilarClasses(classes: SentenceClass[], threshold: number): ClassLink[][] {
  const links: ClassLink[][] = classes.map(() => []);
  const signatures = classes.map((c) => minhashSignature(c.shingles));
  for (const [x, y] of candidatePairs(signatures)) {
    const similarity = jaccard(classes[x]!.shingles, classes[y]!.shingles);
    if (similarity < threshold) continue;
    links[x]!.push({ to: y, similarity });
    links[y]!.push({ to: x, similarity });
  }
  return links.map((list) => list.sort((a, b) => b.similarity - a.similarity || a.to - b.to).slice(0, MAX_LINKS_PER_CLASS));
}
