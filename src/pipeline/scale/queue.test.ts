import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACT, expectSameBytes, oneProcessBundle, SEEDS_AND_DEMO } from '../test-support/bundles.ts';
import { scratchDir } from '../test-support/cli.ts';
import { type NodeProcess, startNode, waitFor } from '../test-support/node-process.ts';
import { REDIS_MISSING, startThrowawayRedis, type ThrowawayRedis } from '../test-support/redis-server.ts';
import { ARTICLE_QUEUE, connectionOf, KEY_PREFIX } from './job-flow.ts';

// The queue route end to end: a throwaway redis-server, workers as separate processes, the enqueuing
// command as another. Short locks (2 s) so that a killed worker's job is taken again within seconds.

const WORKER = 'src/pipeline/scale/worker-cli.ts';
const ARTICLES = 20;
const LOCK = ['--lock-ms', '2000'];

// Skipped only where redis-server is truly missing and this is not CI: in CI the tests run and fail plainly.
if (REDIS_MISSING && !process.env.CI) console.warn(REDIS_MISSING);

describe.skipIf(REDIS_MISSING !== null && !process.env.CI)('extraction on a Redis queue (BullMQ)', () => {
  let redis: ThrowawayRedis | undefined;
  let reference = '';
  const running: NodeProcess[] = [];
  const startWorker = () => {
    const worker = startNode(WORKER, ['--queue', redis!.url, ...LOCK]);
    running.push(worker);
    return worker;
  };
  const stopWorkers = async (workers: NodeProcess[]) => {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
  };

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    reference = oneProcessBundle();
  }, 60_000);
  afterAll(() => {
    for (const process of running) process.child.kill('SIGKILL');
    redis?.stop();
  });

  it('three workers write the bundle byte for byte as the one-process route does', async () => {
    const workers = [startWorker(), startWorker(), startWorker()];
    const out = join(scratchDir('queue-three'), 'bundle.json');
    const run = startNode(EXTRACT, [...SEEDS_AND_DEMO, '--queue', redis!.url, '--output', out, '--quiet']);
    expect(await run.exited, run.stderr()).toBe(0);
    await stopWorkers(workers);
    expectSameBytes(readFileSync(out, 'utf8'), reference, 'three workers');
    expect(articlesCompleted(workers)).toBe(ARTICLES);
  }, 120_000);

  it('retries the job of a worker killed while holding it on another worker: no article lost or counted twice', async () => {
    const connection = connectionOf(redis!.url);
    const queue = new Queue(ARTICLE_QUEUE, { connection, prefix: KEY_PREFIX });
    const events = new QueueEvents(ARTICLE_QUEUE, { connection, prefix: KEY_PREFIX });
    const stalled: string[] = [];
    events.on('stalled', ({ jobId }) => stalled.push(jobId));
    try {
      await events.waitUntilReady();
      const doomed = startWorker();
      const out = join(scratchDir('queue-killed'), 'bundle.json');
      const run = startNode(EXTRACT, [...SEEDS_AND_DEMO, '--queue', redis!.url, '--output', out, '--quiet']);
      await waitFor(async () => (await queue.getActiveCount()) > 0, 'the first worker to take a job');
      doomed.child.kill('SIGKILL');
      await doomed.exited;
      // Its job stays active, under a lock nobody renews, until another worker's stalled-job check sees it.
      const held = (await queue.getActive()).map((job) => job.id!);
      expect(held, 'the killed worker held no job').toHaveLength(1);
      const rescuers = [startWorker(), startWorker()];
      expect(await run.exited, run.stderr()).toBe(0);
      await stopWorkers(rescuers);
      expectSameBytes(readFileSync(out, 'utf8'), reference, 'after a worker was killed');
      expect(stalled).toContain(held[0]);
      expect(jobsCompleted([doomed])).not.toContain(held[0]);
      expect(jobsCompleted(rescuers)).toContain(held[0]);
      expect(articlesCompleted([doomed, ...rescuers])).toBe(ARTICLES);
    } finally {
      await Promise.all([events.close(), queue.close()]);
    }
  }, 120_000);
});

const COMPLETED = /completed job (\S+), (\d+) article/g;

/** The jobs the workers say BullMQ recorded as completed; a job completed twice appears twice. */
function jobsCompleted(workers: NodeProcess[]): string[] {
  return workers.flatMap((w) => [...w.stderr().matchAll(COMPLETED)].map((m) => m[1]!));
}

/** The articles in the jobs the workers completed; fails if any job was completed twice. */
function articlesCompleted(workers: NodeProcess[]): number {
  const jobs = jobsCompleted(workers);
  expect(new Set(jobs).size, 'a job was completed twice').toBe(jobs.length);
  return workers.flatMap((w) => [...w.stderr().matchAll(COMPLETED)]).reduce((sum, m) => sum + Number(m[2]), 0);
}
