import { useEffect, useRef, useState } from 'react';
import { useBundleIndex, useEventMask, useFilters } from '../state/dashboard-hooks.ts';
import { PAGE_CORPUS } from '../data/bundle-query.ts';
import { chartPng, chartRoot, chartTitle, snapshotChart } from '../export/chart-export.ts';
import { CHART_TARGETS, type ChartTarget } from '../export/chart-targets.ts';
import { downloadBlob, downloadText } from '../export/download.ts';
import { buildCsvSidecar, sidecarFileName } from '../export/csv-sidecar.ts';
import { toCsv, toJson } from '../export/export-formats.ts';
import { buildExportMeta, exportFileName } from '../export/export-meta.ts';
import { selectExportRows } from '../export/export-rows.ts';
import { useChartExportStore } from '../state/chart-export-store.ts';
import { formatCount } from './format.ts';
import { copyToClipboard } from './copy-link.ts';
import { flushUrlWrite } from '../state/use-url-sync.ts';

const BUTTON =
  'rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600';

/**
 * Taking results away: the filtered events as CSV or JSON, a chart as SVG or PNG, the link to this view.
 * Every file names the filters and the bundle it came from.
 */
export function ExportMenu() {
  const index = useBundleIndex();
  const filters = useFilters();
  const mask = useEventMask();
  const [chartId, setChartId] = useState(CHART_TARGETS[0]!.id);
  const [status, setStatus] = useState('');
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);

  const exportEvents = async (format: 'csv' | 'json') => {
    await preparing(setStatus);
    const rows = selectExportRows(index, mask);
    const meta = buildExportMeta(index, filters, rows.length, new Date(), PAGE_CORPUS);
    const name = exportFileName('events', filters, meta.exportedAt, format);
    if (format === 'json') downloadText(toJson(rows, meta), name, 'application/json');
    else {
      // Two plain files: the CSV opens anywhere as a table, the JSON beside it says what the table is.
      downloadText(toCsv(rows), name, 'text/csv');
      downloadText(
        `${JSON.stringify(buildCsvSidecar(rows, meta, name), null, 2)}\n`,
        sidecarFileName(name),
        'application/json',
      );
    }
    setStatus(`Saved ${name}${format === 'csv' ? ' and its -meta.json' : ''} (${formatCount(rows.length)} events)`);
  };

  const exportChart = async (format: 'svg' | 'png') => {
    const target = CHART_TARGETS.find((t) => t.id === chartId)!;
    await preparing(setStatus);
    const meta = buildExportMeta(index, filters, mask.count, new Date(), PAGE_CORPUS);
    const snapshot = await drawnWhole(target, () => {
      const root = chartRoot(target);
      return snapshotChart(target, chartTitle(target.label, meta, root && target.note ? target.note(root) : null));
    });
    if ('error' in snapshot) return setStatus(snapshot.error);
    const name = exportFileName(target.id, filters, meta.exportedAt, format);
    try {
      downloadBlob(
        format === 'svg' ? new Blob([snapshot.svg], { type: 'image/svg+xml;charset=utf-8' }) : await chartPng(snapshot),
        name,
      );
      setStatus(`Saved ${name}`);
    } catch (error) {
      setStatus(`The ${target.label.toLowerCase()} could not be saved: ${(error as Error).message}`);
    }
  };

  const copyLink = async () => {
    flushUrlWrite();
    const url = window.location.href;
    if (await copyToClipboard(url)) {
      setFallbackUrl(null);
      setStatus('Link copied');
    } else {
      setFallbackUrl(url);
      setStatus('Copy the selected link with Ctrl+C (⌘C)');
    }
  };

  return (
    <div role="group" aria-label="Export" className="flex flex-wrap items-center gap-1.5">
      <span aria-hidden="true" className="text-xs font-medium text-slate-500">
        Export
      </span>
      <button
        type="button"
        className={BUTTON}
        aria-label="Download events as CSV"
        title="The events as CSV, with a -meta.json file describing it"
        onClick={() => void exportEvents('csv')}
      >
        CSV
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label="Download events as JSON"
        onClick={() => void exportEvents('json')}
      >
        JSON
      </button>
      <span aria-hidden="true" className="mx-1 h-4 border-l border-slate-200" />
      <span aria-hidden="true" className="text-xs text-slate-500">
        Chart
      </span>
      <select
        aria-label="Chart to export"
        value={chartId}
        onChange={(e) => setChartId(e.target.value as typeof chartId)}
        className="rounded border border-slate-300 px-1 py-0.5 text-sm"
      >
        {CHART_TARGETS.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className={BUTTON}
        aria-label="Download chart as SVG"
        onClick={() => void exportChart('svg')}
      >
        SVG
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label="Download chart as PNG"
        onClick={() => void exportChart('png')}
      >
        PNG
      </button>
      <span aria-hidden="true" className="mx-1 h-4 border-l border-slate-200" />
      <button type="button" className={BUTTON} onClick={() => void copyLink()}>
        Copy link
      </button>
      {fallbackUrl && <LinkField url={fallbackUrl} />}
      <p role="status" aria-live="polite" className="min-w-0 max-w-72 truncate text-xs text-slate-600" title={status}>
        {status}
      </p>
    </div>
  );
}

/**
 * Says "Preparing…" and lets it paint before the work: the first export of a large bundle hashes it
 * (about a second at 100,000 events).
 */
async function preparing(setStatus: (s: string) => void): Promise<void> {
  setStatus('Preparing…');
  await new Promise((resolve) => window.setTimeout(resolve, 30));
}

/**
 * Runs `read` with the chart rendered whole when it is virtualised (every row of the coverage matrix, not
 * only those scrolled into view), then puts it back: the image holds the whole chart.
 */
async function drawnWhole<T>(target: ChartTarget, read: () => T): Promise<T> {
  if (!target.drawWhole) return read();
  const store = useChartExportStore.getState();
  store.setDrawingWhole(true);
  try {
    // Two frames: React commits the full rows, then the browser lays them out.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return read();
  } finally {
    store.setDrawingWhole(false);
  }
}

/** Where the clipboard is unavailable: the link in a field, selected, ready for Ctrl+C. */
function LinkField({ url }: { url: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [url]);
  return (
    <input
      ref={ref}
      readOnly
      value={url}
      aria-label="Link to this view"
      onFocus={(e) => e.currentTarget.select()}
      className="w-64 rounded border border-slate-300 px-1 py-0.5 text-xs"
    />
  );
}
