import type { RedisOptions } from 'bullmq';
import type { ArticleLine } from '../bundle/describe-articles.ts';
import type { MappedArticle } from '../bundle/map-article.ts';

// What the enqueuing process and the workers agree on: queue names, key prefix, and what a job carries.

/** Every key this pipeline makes in Redis starts with this prefix (BullMQ's default is "bull"). */
export const KEY_PREFIX = 'parley';
/** The queue the workers serve: one job per batch of consecutive articles. */
export const ARTICLE_QUEUE = 'articles';
/** Dictionary snapshots are kept this long after the last run that stored them. */
export const DICTIONARY_TTL_SECONDS = 7 * 24 * 3600;

/** The Redis key of a dictionary snapshot, named by its content hash. */
export function dictionaryKey(hash: string): string {
  return `${KEY_PREFIX}:dictionaries:${hash}`;
}

/** An article job: a few consecutive articles and the hash of the dictionaries to extract them with. */
export type ArticleJob = { dictionaries: string; lines: ArticleLine[] };

/** What a worker hands back for one article: the mapped article without its record, which the enqueuer holds. */
export type ArticleResult = Omit<MappedArticle, 'article' | 'outletName'> & { articleId: string };

/** Drops what the enqueuer already has (the article's record and text) before the result goes into Redis. */
export function toArticleResult(mapped: MappedArticle): ArticleResult {
  const result: Partial<MappedArticle> & { articleId: string } = { ...mapped, articleId: mapped.article.id };
  delete result.article;
  delete result.outletName;
  return result as ArticleResult;
}

/**
 * Puts each result back with the article it was made from; fails if a result answers for an article that was
 * not sent, or if any article sent has no result.
 */
export function joinResults(lines: ArticleLine[], results: ArticleResult[]): MappedArticle[] {
  const byOrder = new Map(lines.map((line) => [line.order, line]));
  const mapped = results.map(({ articleId, ...rest }) => {
    const line = byOrder.get(rest.order);
    if (!line || line.article.id !== articleId)
      throw new Error(`a worker answered for article "${articleId}" at ${rest.order}, which was not sent there`);
    return { ...line, ...rest };
  });
  const answered = new Set(results.map((r) => r.order));
  const lost = lines.filter((line) => !answered.has(line.order));
  if (lost.length > 0)
    throw new Error(
      `no result for ${lost.length} article(s): ${lost
        .slice(0, 5)
        .map((l) => l.article.id)
        .join(', ')}`,
    );
  return mapped;
}

/** Connection options from a redis:// or rediss:// URL (user, password and database number included). */
export function connectionOf(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--queue needs a redis://HOST:PORT URL (got "${url}")`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(`--queue needs a redis:// or rediss:// URL (got "${url}")`);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || 'localhost',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ's workers block on Redis; their commands must wait for a reconnection rather than fail.
    maxRetriesPerRequest: null,
  };
}

/** Splits article lines into jobs of at most `size` consecutive articles. */
export function batchesOf(lines: ArticleLine[], size: number): ArticleLine[][] {
  const batches: ArticleLine[][] = [];
  for (let i = 0; i < lines.length; i += size) batches.push(lines.slice(i, i + size));
  return batches;
}
