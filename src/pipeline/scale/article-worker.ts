import { setImmediate as nextTurn } from 'node:timers/promises';
import { UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { mapArticle } from '../bundle/map-article.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { compileSnapshot } from './dictionaries.ts';
import {
  ARTICLE_QUEUE,
  type ArticleJob,
  type ArticleResult,
  connectionOf,
  dictionaryKey,
  KEY_PREFIX,
  toArticleResult,
} from './job-flow.ts';

/** How a worker holds its jobs. */
export type ArticleWorkerOptions = {
  /** redis://HOST:PORT of the queue. */
  url: string;
  /**
   * How long a job stays this worker's without a renewal of its lock; a worker that dies holding one loses it
   * after this, and another worker takes the job again (BullMQ's stalled-job check runs twice as often).
   */
  lockMs: number;
};

/**
 * Starts a worker on the article queue: it maps each job's articles with the dictionaries the job names
 * (fetched from Redis once and kept compiled) and returns what the reduce needs. One job at a time: the
 * map is CPU-bound, so more processes, not more concurrency, use more cores.
 */
export function startArticleWorker(options: ArticleWorkerOptions): Worker<ArticleJob, ArticleResult[]> {
  const connection = connectionOf(options.url);
  const redis = new Redis(connection);
  const compiled = new Map<string, PipelineResources>();
  const dictionariesOf = async (hash: string): Promise<PipelineResources> => {
    const known = compiled.get(hash);
    if (known) return known;
    const text = await redis.get(dictionaryKey(hash));
    if (text === null)
      throw new UnrecoverableError(`dictionaries ${hash} are no longer in Redis; enqueue the corpus again`);
    const resources = compileSnapshot(text, `dictionaries ${hash}`);
    // One run's dictionaries at a time: a worker serving runs with different dictionaries recompiles.
    compiled.clear();
    compiled.set(hash, resources);
    return resources;
  };
  const worker = new Worker<ArticleJob, ArticleResult[]>(
    ARTICLE_QUEUE,
    async (job) => {
      const resources = await dictionariesOf(job.data.dictionaries);
      const results: ArticleResult[] = [];
      for (const line of job.data.lines) {
        results.push(toArticleResult(mapArticle(line, resources)));
        // Between articles the event loop turns, so that the job's lock is renewed during a long batch.
        await nextTurn();
      }
      return results;
    },
    {
      connection,
      prefix: KEY_PREFIX,
      concurrency: 1,
      lockDuration: options.lockMs,
      stalledInterval: Math.max(500, Math.round(options.lockMs / 2)),
      maxStalledCount: 2,
    },
  );
  worker.on('closed', () => void redis.quit());
  return worker;
}
