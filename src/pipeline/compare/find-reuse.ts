import type { Reuse } from '../../model/bundle-schema.ts';
import { jaccard, unionOf } from './minhash.ts';
import { MIN_REUSE_WORDS, type ReuseUnit } from './reuse-units.ts';
import { classifyUnits, linkSimilarClasses, type SentenceClass } from './sentence-classes.ts';

/** A passage counts as reused when the Jaccard similarity of its word 5-shingles reaches this. */
export const REUSE_THRESHOLD = 0.5;
/** A sentence pair may join a passage from this similarity on (one edited sentence inside a copied paragraph). */
const SENTENCE_SEED_THRESHOLD = 0.25;
/**
 * A passage of one sentence needs this many words: a short line found word for word in two outlets is as
 * likely stock phrasing ("did not immediately respond to a request for comment") as copying.
 */
const MIN_SINGLE_SENTENCE_WORDS = 15;
/** Each sentence is linked to at most this many earlier copies in other outlets (the earliest ones). */
export const ANCHORS_PER_SENTENCE = 1;
/** ...looked for among at most this many earlier members of each near-duplicate class. */
const SCAN_PER_CLASS = 64;

/** How reuse is found, in words for the app's method note. */
export const REUSE_METHOD =
  `Sentences of at least ${MIN_REUSE_WORDS} words are reduced to their word 5-shingles (lower case, punctuation and quotation marks dropped). ` +
  'Identical sentences are grouped; each distinct sentence gets a 64-hash MinHash signature (seeded, deterministic), and LSH banding (32 bands of 2 rows) proposes near-duplicates, ' +
  `confirmed by the exact Jaccard similarity of their shingles (at least ${SENTENCE_SEED_THRESHOLD}). Each sentence is linked to its ${ANCHORS_PER_SENTENCE === 1 ? 'earliest copy' : `${ANCHORS_PER_SENTENCE} earliest copies`} in other outlets, ` +
  `so the work grows linearly with the corpus. Adjacent linked sentences are merged into passages, and a passage is kept when the exact Jaccard similarity of its shingles ` +
  `is at least ${REUSE_THRESHOLD}; a passage of a single sentence needs ${MIN_SINGLE_SENTENCE_WORDS} words (shorter lines shared word for word are as often stock phrasing). Pairs within one outlet are ignored.`;

type SentencePair = { a: ReuseUnit; b: ReuseUnit; ca: SentenceClass; cb: SentenceClass };

/**
 * Near-duplicate passages between articles of different outlets. Side `a` is the article first in
 * (publication date, article id) order; `earlierArticleId` names it only when the dates differ.
 */
export function findReuse(units: ReuseUnit[], textOf: (articleId: string) => string): Reuse[] {
  const ordered = [...units].sort(compareUnits);
  const { classOf, classes } = classifyUnits(ordered);
  const links = linkSimilarClasses(classes, SENTENCE_SEED_THRESHOLD);
  const byArticlePair = new Map<string, SentencePair[]>();
  ordered.forEach((unit, u) => {
    const own = classOf[u]!;
    const pools = [own, ...links[own]!.map((l) => l.to)];
    for (const anchor of earliestAnchors(u, pools, ordered, classes)) {
      const a = ordered[anchor]!;
      const key = `${a.articleId}\u0000${unit.articleId}`;
      const list = byArticlePair.get(key);
      const pair = { a, b: unit, ca: classes[classOf[anchor]!]!, cb: classes[own]! };
      if (list) list.push(pair);
      else byArticlePair.set(key, [pair]);
    }
  });
  const reuse: Reuse[] = [];
  for (const key of [...byArticlePair.keys()].sort()) {
    const passages = mergeAdjacent(byArticlePair.get(key)!)
      .map(trimToThreshold)
      .filter((run) => run.length > 1 || (run.length === 1 && wordsOf(run[0]!.b) >= MIN_SINGLE_SENTENCE_WORDS));
    passages.forEach((run, n) => reuse.push(toReuse(run, n, textOf)));
  }
  return reuse;
}

/** The earliest units before `u`, from other outlets, in the classes of `pools` (its own and its near-duplicates). */
function earliestAnchors(u: number, pools: number[], ordered: ReuseUnit[], classes: SentenceClass[]): number[] {
  const unit = ordered[u]!;
  const found: number[] = [];
  for (const c of pools) {
    const members = classes[c]!.members;
    let kept = 0;
    for (let m = 0; m < members.length && m < SCAN_PER_CLASS && kept < ANCHORS_PER_SENTENCE; m++) {
      const other = members[m]!;
      if (other >= u) break;
      if (ordered[other]!.outletId === unit.outletId) continue;
      found.push(other);
      kept++;
    }
  }
  return found.sort((x, y) => x - y).slice(0, ANCHORS_PER_SENTENCE);
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
    const before = `${p.a.position - 1}:${p.b.position - 1}`;
    const run = runEndingAt.get(before);
    if (run) {
      runEndingAt.delete(before);
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
    const head = pairSimilarity(kept[0]!);
    const tail = pairSimilarity(kept.at(-1)!);
    kept = head <= tail ? kept.slice(1) : kept.slice(0, -1);
  }
  return kept;
}

/** Words of a unit's sentence (its key is its words joined by spaces). */
function wordsOf(unit: ReuseUnit): number {
  return unit.key.split(' ').length;
}

function pairSimilarity(p: SentencePair): number {
  return p.ca === p.cb ? 1 : jaccard(p.ca.shingles, p.cb.shingles);
}

function passageSimilarity(run: SentencePair[]): number {
  if (run.length === 1) return pairSimilarity(run[0]!);
  if (run.every((p) => p.ca === p.cb)) return 1;
  return jaccard(unionOf(run.map((p) => p.ca.shingles)), unionOf(run.map((p) => p.cb.shingles)));
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
