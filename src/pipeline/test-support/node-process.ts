import { type ChildProcess, spawn } from 'node:child_process';
import { PROJECT_ROOT } from './cli.ts';

/** A child process running a TypeScript entry, with its output collected as it comes. */
export type NodeProcess = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
};

/**
 * Runs `node --import tsx ENTRY ARGS` from the project's root. One process, not the tsx launcher (which runs
 * the script in a second process): a signal sent to it reaches the script itself, and SIGKILL kills it.
 */
export function startNode(entry: string, args: string[], stdin?: string): NodeProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: PROJECT_ROOT,
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  if (stdin !== undefined) child.stdin!.end(stdin);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Runs an entry to its end; fails with its standard error if it exits non-zero. */
export async function runNode(entry: string, args: string[], stdin?: string): Promise<string> {
  const run = startNode(entry, args, stdin);
  const code = await run.exited;
  if (code !== 0) throw new Error(`${entry} ${args.join(' ')} exited ${code}:\n${run.stderr()}`);
  return run.stdout();
}

/** Waits until `ready` holds, checking every 50 ms; fails after `timeoutMs`. */
export async function waitFor(
  ready: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
