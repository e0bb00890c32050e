import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { articleSchema } from '../../model/bundle-schema.ts';
import type { ArticleLine } from '../bundle/describe-articles.ts';
import { mapArticle, type MappedArticle } from '../bundle/map-article.ts';
import type { PipelineResources } from '../resources/load-resources.ts';

// The JSON-lines route: the same map and reduce as every other route, one JSON document per line, so that a
// streaming engine (Hadoop Streaming, Spark's RDD.pipe) can run the map on shards of any size and order.

/**
 * Yields each line of a stream that holds a document, with its 1-based number. Blank lines are skipped, and so
 * are lines starting with '>': the banner `npm run` prints to standard output before a script's own output
 * ("> parley@0.1.0 extract"), which no JSON document can start with.
 */
export async function* linesOf(input: Readable): AsyncGenerator<{ text: string; number: number }> {
  let number = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    number++;
    const trimmed = text.trimStart();
    if (trimmed !== '' && !trimmed.startsWith('>')) yield { text, number };
  }
}

/** Writes one line, waiting when the stream asks to (a pipe to a slow reader). */
export async function writeLine(output: Writable, value: unknown): Promise<void> {
  if (!output.write(`${JSON.stringify(value)}\n`)) await once(output, 'drain');
}

/** Parses an article line; the error names the line and what is wrong. */
export function parseArticleLine(text: string, number: number): ArticleLine {
  const value = parseJson(text, number) as Partial<ArticleLine>;
  if (!Number.isInteger(value.order) || (value.order as number) < 0)
    throw new Error(`line ${number}: "order" must be a whole number, 0 or more`);
  if (typeof value.outletName !== 'string') throw new Error(`line ${number}: "outletName" must be a string`);
  const checked = articleSchema.safeParse(value.article);
  if (!checked.success)
    throw new Error(`line ${number}: "article" is not a bundle article: ${checked.error.issues[0]?.message}`);
  // The line's own object, not zod's copy: the copy's key order would change the bundle's bytes.
  return value as ArticleLine;
}

/** Parses a mapped line (the map's output); the error names the line. */
export function parseMappedLine(text: string, number: number): MappedArticle {
  const value = parseJson(text, number) as Partial<MappedArticle>;
  const lists = ['events', 'quotes', 'unresolved', 'inferred', 'loadedTerms', 'reuseUnits'] as const;
  const missing = lists.find((key) => !Array.isArray(value[key]));
  if (missing !== undefined || typeof value.article?.id !== 'string' || !Number.isInteger(value.order))
    throw new Error(`line ${number}: not a mapped article (run the lines through --map first)`);
  return value as MappedArticle;
}

/** The map over a stream: each article line in, its mapped line out, in the same order. */
export async function mapLines(input: Readable, output: Writable, resources: PipelineResources): Promise<number> {
  let count = 0;
  for await (const { text, number } of linesOf(input)) {
    await writeLine(output, mapArticle(parseArticleLine(text, number), resources));
    count++;
  }
  return count;
}

/** Reads every mapped line of a stream, for the reduce. */
export async function readMappedLines(input: Readable): Promise<MappedArticle[]> {
  const mapped: MappedArticle[] = [];
  for await (const { text, number } of linesOf(input)) mapped.push(parseMappedLine(text, number));
  return mapped;
}

function parseJson(text: string, number: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`line ${number}: not JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
}
