import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The page's memory: its JavaScript heap (used and total, MB) and its renderer process's resident size (MB). */
export type TabMemory = { heapUsedMb: number | null; heapTotalMb: number | null; rendererMb: number | null };

const MB = 2 ** 20;

/**
 * The tab's memory. The JavaScript heap comes from Chromium's metrics, which a page busy past `timeoutMs`
 * does not answer; the renderer's resident size (typed arrays and the worker included, which the heap figure
 * leaves out) comes from /proc, on Linux, whatever the page is doing.
 */
export async function tabMemory(page: Page, timeoutMs = 10_000): Promise<TabMemory> {
  const heap = await Promise.race([
    jsHeap(page).catch(() => null),
    new Promise<null>((r) => setTimeout(() => r(null), timeoutMs)),
  ]);
  return { heapUsedMb: heap?.used ?? null, heapTotalMb: heap?.total ?? null, rendererMb: largestRendererMb() };
}

/** "JS heap 412 MB used of 460 MB, renderer 980 MB", or what of it could be read. */
export function tabMemoryText(m: TabMemory): string {
  const parts = [
    m.heapUsedMb === null ? 'JS heap not readable' : `JS heap ${m.heapUsedMb} MB used of ${m.heapTotalMb} MB`,
    m.rendererMb === null ? 'renderer size not readable' : `renderer ${m.rendererMb} MB resident`,
  ];
  return parts.join(', ');
}

async function jsHeap(page: Page): Promise<{ used: number; total: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { used: Math.round(metric('JSHeapUsedSize') / MB), total: Math.round(metric('JSHeapTotalSize') / MB) };
}

/**
 * The resident size of the largest Chromium renderer started by this process (the bench opens one page at a
 * time; Chromium may keep a small spare renderer beside it). Null where /proc cannot be read.
 */
function largestRendererMb(): number | null {
  try {
    const parents = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const parent = parentOf(Number(entry));
      if (parent !== null) parents.set(Number(entry), parent);
    }
    const descends = (pid: number): boolean => {
      for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === process.pid) return true;
      return false;
    };
    let largest: number | null = null;
    for (const pid of parents.keys()) {
      if (!descends(pid) || !isRenderer(pid)) continue;
      const kb = residentKb(pid);
      if (kb !== null) largest = Math.max(largest ?? 0, Math.round(kb / 1024));
    }
    return largest;
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    // The command name may hold spaces and parentheses: the fields after its closing parenthesis are safe.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function isRenderer(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
  } catch {
    return false;
  }
}

function residentKb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
