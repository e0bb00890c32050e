import { availableParallelism } from 'node:os';

/** The default number of extracting threads (this one and its workers): one per core this process may use. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** A worker count as typed after `--workers`: digits only, at least 1; null for "0", "-2", "1.5", "all"... */
export function parseWorkerCount(value: string): number | null {
  if (!/^\d+$/.test(value)) return null;
  const count = Number(value);
  return count >= 1 && Number.isSafeInteger(count) ? count : null;
}

// Each worker loads the code and the tagger model and compiles its own dictionaries before it extracts
// anything: a second or two of work (measured in docs/benchmarks.md). Below this much text, about a second
// of extraction on one core, the default runs in this thread instead: the bundle is the same either way.
export const POOL_MIN_CHARACTERS = 1_000_000;

/**
 * How many threads extract these articles, this one included: `requested` (from `--workers`) as asked, never
 * more than one per article; by default (null) one per core, or 1 when the corpus is too small to repay
 * starting workers. 1 means extract in this thread, without a pool.
 */
export function chooseWorkerCount(
  requested: number | null,
  articleLengths: number[],
  cores = defaultWorkerCount(),
): number {
  const characters = articleLengths.reduce((n, length) => n + length, 0);
  const wanted = requested ?? (characters < POOL_MIN_CHARACTERS ? 1 : cores);
  return Math.max(1, Math.min(wanted, articleLengths.length));
}
