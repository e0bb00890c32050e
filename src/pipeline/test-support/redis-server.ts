import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** A Redis server started for one test file, on a free port, keeping nothing on disk. */
export type ThrowawayRedis = { url: string; port: number; stop: () => void };

/** The redis-server binary on PATH or in Debian's place, or null when it is not installed. */
export function findRedisServer(): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/sbin', '/usr/local/bin'];
  for (const dir of dirs) if (dir && existsSync(join(dir, 'redis-server'))) return join(dir, 'redis-server');
  return null;
}

/** Why the Redis tests cannot run here, or null when they can. */
export const REDIS_MISSING = findRedisServer()
  ? null
  : 'redis-server is not installed (apt-get install -y redis-server; .ci/run installs it): the queue tests are skipped';

/** Starts redis-server in the background on a free port and waits until it answers. */
export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const server = findRedisServer();
  if (!server) throw new Error(REDIS_MISSING!);
  const port = await freePort();
  execFileSync(server, ['--port', String(port), '--save', '', '--appendonly', 'no', '--daemonize', 'yes']);
  const cli = join(server, '..', 'redis-cli');
  for (let tries = 0; tries < 100; tries++) {
    if (spawnSync(cli, ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG')
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        stop: () => void spawnSync(cli, ['-p', String(port), 'shutdown', 'nosave']),
      };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`redis-server on port ${port} did not answer`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
