import { startArticleWorker } from './article-worker.ts';

const USAGE = `Usage: npm run worker -- --queue redis://HOST:PORT [--lock-ms N] [--quiet]
  --queue URL    the Redis that \`npm run extract -- --queue URL\` enqueues to (redis:// or rediss://,
                 with user, password and database number if needed)
  --lock-ms N    how long a job this worker holds may go without its lock renewed before another worker
                 takes it again (default 30000); a killed worker's jobs are retried after about this long
  --quiet        no line per job
Runs until stopped (Ctrl-C or SIGTERM lets the job in hand finish first). Start as many as you like, on
any machine that reaches the Redis.`;

const STOP_GRACE_MS = 60_000;

type WorkerOptions = { url: string; lockMs: number; quiet: boolean };

/** Parses the worker's arguments; returns a usage message for anything it does not understand. */
export function parseWorkerArgs(argv: string[]): WorkerOptions | { error: string } {
  const options: WorkerOptions = { url: '', lockMs: 30_000, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quiet') options.quiet = true;
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else if (arg === '--queue' || arg === '--lock-ms') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value\n${USAGE}` };
      if (arg === '--queue') options.url = value;
      else if (!(Number(value) >= 100))
        return { error: `--lock-ms needs a number of milliseconds, 100 or more\n${USAGE}` };
      else options.lockMs = Number(value);
    } else return { error: `unknown argument "${arg}"\n${USAGE}` };
  }
  if (!options.url) return { error: `--queue is required\n${USAGE}` };
  return options;
}

function main(): void {
  const options = parseWorkerArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(options.error);
    process.exitCode = 2;
    return;
  }
  const worker = startArticleWorker({ url: options.url, lockMs: options.lockMs });
  // Said once BullMQ has recorded the job as completed, so a job is never reported done that was not.
  worker.on('completed', (job, results) => {
    if (!options.quiet)
      console.error(`parley worker ${process.pid}: completed job ${job.id}, ${results.length} article(s)`);
  });
  worker.on('failed', (job, error) =>
    console.error(`parley worker ${process.pid}: job ${job?.id} failed: ${error.message}`),
  );
  worker.on('error', (error) => console.error(`parley worker ${process.pid}: ${error.message}`));
  let stopping = false;
  // The first signal lets the job in hand finish; a second one, or Redis gone for good, ends at once.
  const stop = () => {
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
    void worker.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  void worker.waitUntilReady().then(() => {
    if (!options.quiet) console.error(`parley worker ${process.pid}: serving ${withoutPassword(options.url)}`);
  });
}

/** The URL as it may be printed: without its password. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

main();
