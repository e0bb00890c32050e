import type { ArticleInput } from '../events/extract-events.ts';

/** A run of consecutive articles sent to a worker as one task; `first` is the index of its first article. */
export type Batch = { first: number; inputs: ArticleInput[] };

// Several batches per worker so that a worker that drew long articles does not leave the others idle at the
// end; at most this many articles per batch so that 10,000 tiny articles are not 10,000 round trips...
const BATCHES_PER_WORKER = 8;
const MAX_ARTICLES_PER_BATCH = 64;
// ...and at most about this many characters, so that a batch of long articles is not one huge message.
const MAX_CHARACTERS_PER_BATCH = 1 << 20;

/** Splits articles into batches of consecutive articles, in order, for `workers` workers. */
export function splitIntoBatches(inputs: ArticleInput[], workers: number): Batch[] {
  const target = Math.min(
    MAX_ARTICLES_PER_BATCH,
    Math.max(1, Math.ceil(inputs.length / (workers * BATCHES_PER_WORKER))),
  );
  const batches: Batch[] = [];
  let current: Batch = { first: 0, inputs: [] };
  let characters = 0;
  inputs.forEach((input, i) => {
    if (
      current.inputs.length >= target ||
      (current.inputs.length > 0 && characters + input.text.length > MAX_CHARACTERS_PER_BATCH)
    ) {
      batches.push(current);
      current = { first: i, inputs: [] };
      characters = 0;
    }
    current.inputs.push(input);
    characters += input.text.length;
  });
  if (current.inputs.length > 0) batches.push(current);
  return batches;
}
