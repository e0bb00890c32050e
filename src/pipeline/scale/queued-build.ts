import { FlowProducer, Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { ArticleLine } from '../bundle/describe-articles.ts';
import type { MappedArticle } from '../bundle/map-article.ts';
import { snapshotHash } from './dictionaries.ts';
import {
  ARTICLE_QUEUE,
  type ArticleJob,
  type ArticleResult,
  batchesOf,
  connectionOf,
  DICTIONARY_TTL_SECONDS,
  dictionaryKey,
  joinResults,
  KEY_PREFIX,
} from './job-flow.ts';

/** How the corpus is handed to the queue. */
export type QueuedBuildOptions = {
  url: string;
  /** Articles per job. */
  batchSize: number;
  /** Called about twice a second with the articles mapped so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called once if no article has been mapped after a while: probably no worker is running. */
  onIdle?: () => void;
};

// An article job is tried three times (a job whose worker died holding it is also tried again, by BullMQ's
// stalled-job check) before the whole run fails.
const ATTEMPTS = 3;
const POLL_MS = 500;
const IDLE_WARNING_MS = 10_000;
// The reduce runs in this process, on a queue only this run serves: its lock needs no renewal race, so it is
// long (a reduce of a large corpus keeps the event loop busy for minutes).
const REDUCE_LOCK_MS = 6 * 3600_000;

/**
 * Runs the map on the queue and the reduce here. The corpus goes in as one flow: a parent job on a queue
 * of this run's own, with one child job per batch of articles on the shared article queue that the workers
 * serve. When every child is done, BullMQ releases the parent to this process, which joins the workers'
 * results to the articles it sent and hands them to `reduce` (which clusters, compares and writes the bundle).
 * Resolves with what `reduce` returned; rejects if an article job fails for good.
 */
export async function buildOnQueue<T>(
  lines: ArticleLine[],
  dictionaries: string,
  options: QueuedBuildOptions,
  reduce: (mapped: MappedArticle[]) => T,
): Promise<T> {
  const connection = connectionOf(options.url);
  const run = `reduce-${Date.now().toString(36)}-${process.pid}`;
  const redis = new Redis(connection);
  const flow = new FlowProducer({ connection, prefix: KEY_PREFIX });
  const reduceQueue = new Queue(run, { connection, prefix: KEY_PREFIX });
  let reduceWorker: Worker | undefined;
  let poll: NodeJS.Timeout | undefined;
  try {
    const hash = snapshotHash(dictionaries);
    await redis.set(dictionaryKey(hash), dictionaries, 'EX', DICTIONARY_TTL_SECONDS);
    let outcome: { value: T } | undefined;
    reduceWorker = new Worker(
      run,
      async (job: Job) => {
        const values = await job.getChildrenValues<ArticleResult[]>();
        outcome = { value: reduce(joinResults(lines, Object.values(values).flat())) };
        return { articles: lines.length };
      },
      { connection, prefix: KEY_PREFIX, lockDuration: REDUCE_LOCK_MS, skipStalledCheck: true, autorun: false },
    );
    let failRun: (error: Error) => void = () => {};
    const done = new Promise<T>((resolve, reject) => {
      failRun = reject;
      reduceWorker!.on('completed', () =>
        outcome ? resolve(outcome.value) : reject(new Error('reduce gave nothing')),
      );
      reduceWorker!.on('failed', (_job, error) => reject(error));
      reduceWorker!.on('error', reject);
    });
    const parent = await enqueue(flow, run, hash, lines, options.batchSize);
    void reduceWorker.run();
    poll = watchProgress(reduceQueue, parent, lines.length, options, failRun);
    return await done;
  } finally {
    clearInterval(poll);
    await reduceWorker?.close();
    await reduceQueue.obliterate({ force: true }).catch(() => {});
    await Promise.all([reduceQueue.close(), flow.close(), redis.quit()]);
  }
}

/** Adds the flow: the parent on this run's queue, the article jobs under it on the shared queue. */
async function enqueue(
  flow: FlowProducer,
  run: string,
  hash: string,
  lines: ArticleLine[],
  batchSize: number,
): Promise<Job> {
  const children = batchesOf(lines, batchSize).map((batch) => ({
    name: 'map',
    queueName: ARTICLE_QUEUE,
    data: { dictionaries: hash, lines: batch } satisfies ArticleJob,
    opts: {
      attempts: ATTEMPTS,
      backoff: { type: 'exponential', delay: 1000 },
      failParentOnFailure: true,
      // A child's result is kept with its parent once it completes; the job itself can go.
      removeOnComplete: true,
      removeOnFail: 1000,
    },
  }));
  const node = await flow.add({ name: 'reduce', queueName: run, data: { articles: lines.length }, children });
  return node.job;
}

/** Polls the parent: progress from its finished children, failure when an article job failed for good. */
function watchProgress(
  queue: Queue,
  parent: Job,
  total: number,
  options: QueuedBuildOptions,
  fail: (error: Error) => void,
): NodeJS.Timeout {
  const started = Date.now();
  let warned = false;
  let failed = false;
  return setInterval(() => {
    void (async () => {
      const counts = await parent.getDependenciesCount({ processed: true });
      const batches = counts.processed ?? 0;
      options.onProgress?.(Math.min(total, batches * options.batchSize), total);
      if (batches === 0 && !warned && Date.now() - started > IDLE_WARNING_MS) {
        warned = true;
        options.onIdle?.();
      }
      const state = await parent.getState();
      if (state === 'failed' && !failed) {
        failed = true;
        const job = await Job.fromId(queue, parent.id!);
        fail(new Error(`an article job failed for good: ${job?.failedReason ?? 'no reason given'}`));
      }
    })().catch(() => {});
  }, POLL_MS);
}
