import type { Reuse } from '../../model/bundle-schema.ts';
import { candidatePairs } from './lsh.ts';
import { jaccard, unionOf } from './minhash.ts';
import type { ReuseUnit } from './reuse-units.ts';

/** A passage counts as reused when the Jaccard similarity of its word 5-shingles reaches this. */
export const REUSE_THRESHOLD = 0.5;
/** A sentence pair may join a passage from this similarity on (one edited sentence inside a copied paragraph). */
const SENTENCE_SEED_THRESHOLD = 0.25;

/** How reuse is found, in words for the app's method note. */
export const REUSE_METHOD =
  'Sentences of at least 8 words are reduced to their word 5-shingles (lower case, punctuation dropped, typographic quotes made straight). ' +
  'Each gets a 64-hash MinHash signature (seeded, deterministic); LSH banding (32 bands of 2 rows) proposes candidate pairs between articles of different outlets, ' +
  'each sentence being compared with the 8 earliest other-outlet sentences of each of its buckets, so the work grows linearly with the corpus. ' +
  `Candidates are checked with the exact Jaccard similarity of their shingles (at least ${SENTENCE_SEED_THRESHOLD}), adjacent matching sentences are merged into passages, ` +
  `and a passage is kept when the exact Jaccard similarity of its shingles is at least ${REUSE_THRESHOLD}. Pairs within one outlet are ignored.`;

type SentencePair = { a: ReuseUnit; b: ReuseUnit };

/**
 * Near-duplicate passages between articles of different outlets. Side `a` is the article first in
 * (publication date, article id) order; `earlierArticleId` names it only when the dates differ.
 */
export function findReuse(units: ReuseUnit[], textOf: (articleId: string) => string): Reuse[] {
  const ordered = [...units].sort(compareUnits);
  const pairs = candidatePairs(
    ordered.map((u) => u.signature),
    (i) => ordered[i]!.outletId,
  )
    .map(([i, j]) => ({ a: ordered[i]!, b: ordered[j]! }))
    .filter((p) => p.a.articleId !== p.b.articleId && jaccard(p.a.shingles, p.b.shingles) >= SENTENCE_SEED_THRESHOLD);
  const byArticlePair = new Map<string, SentencePair[]>();
  for (const p of pairs) {
    const key = `${p.a.articleId}\u0000${p.b.articleId}`;
    const list = byArticlePair.get(key) ?? [];
    list.push(p);
    byArticlePair.set(key, list);
  }
  const reuse: Reuse[] = [];
  for (const key of [...byArticlePair.keys()].sort()) {
    const passages = mergeAdjacent(byArticlePair.get(key)!)
      .map(trimToThreshold)
      .filter((run) => run.length > 0);
    passages.forEach((run, n) => reuse.push(toReuse(run, n, textOf)));
  }
  return reuse;
}

function compareUnits(x: ReuseUnit, y: ReuseUnit): number {
  const dx = x.published ?? '9999-12-31';
  const dy = y.published ?? '9999-12-31';
  if (dx !== dy) return dx < dy ? -1 : 1;
  if (x.articleId !== y.articleId) return x.articleId < y.articleId ? -1 : 1;
  return x.position - y.position;
}

/** Runs of sentence pairs that follow each other on both sides: (i, j), (i+1, j+1), ... */
function mergeAdjacent(pairs: SentencePair[]): SentencePair[][] {
  const sorted = [...pairs].sort((p, q) => p.a.position - q.a.position || p.b.position - q.b.position);
  const runEndingAt = new Map<string, SentencePair[]>();
  const runs: SentencePair[][] = [];
  for (const p of sorted) {
    const run = runEndingAt.get(`${p.a.position - 1}:${p.b.position - 1}`);
    if (run) {
      runEndingAt.delete(`${p.a.position - 1}:${p.b.position - 1}`);
      run.push(p);
      runEndingAt.set(`${p.a.position}:${p.b.position}`, run);
    } else {
      const fresh = [p];
      runs.push(fresh);
      runEndingAt.set(`${p.a.position}:${p.b.position}`, fresh);
    }
  }
  return runs;
}

/** Drops the weaker end of a run until the passage reaches the threshold: a rewritten lead sentence does not sink a copied paragraph. */
function trimToThreshold(run: SentencePair[]): SentencePair[] {
  let kept = run;
  while (kept.length > 0 && passageSimilarity(kept) < REUSE_THRESHOLD) {
    const head = jaccard(kept[0]!.a.shingles, kept[0]!.b.shingles);
    const tail = jaccard(kept.at(-1)!.a.shingles, kept.at(-1)!.b.shingles);
    kept = head <= tail ? kept.slice(1) : kept.slice(0, -1);
  }
  return kept;
}

function passageSimilarity(run: SentencePair[]): number {
  if (run.length === 1) return jaccard(run[0]!.a.shingles, run[0]!.b.shingles);
  return jaccard(unionOf(run.map((p) => p.a.shingles)), unionOf(run.map((p) => p.b.shingles)));
}

function toReuse(run: SentencePair[], n: number, textOf: (articleId: string) => string): Reuse {
  const first = run[0]!;
  const last = run.at(-1)!;
  const side = (from: ReuseUnit, to: ReuseUnit) => ({ articleId: from.articleId, start: from.start, end: to.end, text: textOf(from.articleId).slice(from.start, to.end) });
  const datesDiffer = first.a.published !== null && first.b.published !== null && first.a.published !== first.b.published;
  return {
    id: `${first.a.articleId}~${first.b.articleId}#r${String(n + 1).padStart(3, '0')}`,
    a: side(first.a, last.a),
    b: side(first.b, last.b),
    similarity: Math.round(passageSimilarity(run) * 1000) / 1000,
    earlierArticleId: datesDiffer ? first.a.articleId : null,
  };
}
