/** The page was opened with ?bench=1 by the UI benchmark (bench/scale/page-run.ts). */
const BENCH_PAGE = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('bench');

/**
 * Under ?bench=1, puts a value on `window` as a read-only property for the benchmark: the filter store it
 * drives (`parleyStore`) and the loaded bundle's index it picks its changes from (`parleyIndex`, set once the
 * dashboard has rendered, which the benchmark takes as its first paint). Elsewhere it does nothing.
 */
export function exposeToBench(name: 'parleyStore' | 'parleyIndex', value: unknown): void {
  if (BENCH_PAGE) Object.defineProperty(window, name, { value, configurable: true, enumerable: true, writable: false });
}
