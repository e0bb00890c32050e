import { useEffect, useRef, useState } from 'react';
import { useBundleIndex, useEventMask, useFilters } from '../app/dashboard-hooks.ts';
import { chartPng, chartTitle, snapshotChart } from '../export/chart-export.ts';
import { CHART_TARGETS } from '../export/chart-targets.ts';
import { downloadBlob, downloadText } from '../export/download.ts';
import { toCsv, toJson } from '../export/export-formats.ts';
import { buildExportMeta, exportFileName } from '../export/export-meta.ts';
import { selectExportRows } from '../export/export-rows.ts';
import { formatCount } from './format.ts';
import { copyToClipboard } from './copy-link.ts';

const BUTTON = 'rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600';

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
    const meta = buildExportMeta(index, filters, rows.length, new Date());
    const name = exportFileName('events', filters, meta.exportedAt, format);
    if (format === 'csv') downloadText(toCsv(rows, meta), name, 'text/csv');
    else downloadText(toJson(rows, meta), name, 'application/json');
    setStatus(`Saved ${name} (${formatCount(rows.length)} events)`);
  };

  const exportChart = async (format: 'svg' | 'png') => {
    const target = CHART_TARGETS.find((t) => t.id === chartId)!;
    await preparing(setStatus);
    const meta = buildExportMeta(index, filters, mask.count, new Date());
    const snapshot = snapshotChart(target, chartTitle(target.label, meta));
    if ('error' in snapshot) return setStatus(snapshot.error);
    const name = exportFileName(target.id, filters, meta.exportedAt, format);
    try {
      downloadBlob(format === 'svg' ? new Blob([snapshot.svg], { type: 'image/svg+xml;charset=utf-8' }) : await chartPng(snapshot), name);
      setStatus(`Saved ${name}`);
    } catch (error) {
      setStatus(`The ${target.label.toLowerCase()} could not be saved: ${(error as Error).message}`);
    }
  };

  const copyLink = async () => {
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
      <span aria-hidden="true" className="text-xs font-medium text-slate-500">Export</span>
      <button type="button" className={BUTTON} aria-label="Download events as CSV" onClick={() => void exportEvents('csv')}>CSV</button>
      <button type="button" className={BUTTON} aria-label="Download events as JSON" onClick={() => void exportEvents('json')}>JSON</button>
      <span aria-hidden="true" className="mx-1 h-4 border-l border-slate-200" />
      <span aria-hidden="true" className="text-xs text-slate-500">Chart</span>
      <select aria-label="Chart to export" value={chartId} onChange={(e) => setChartId(e.target.value as typeof chartId)} className="rounded border border-slate-300 px-1 py-0.5 text-sm">
        {CHART_TARGETS.map((t) => (
          <option key={t.id} value={t.id}>{t.label}</option>
        ))}
      </select>
      <button type="button" className={BUTTON} aria-label="Download chart as SVG" onClick={() => void exportChart('svg')}>SVG</button>
      <button type="button" className={BUTTON} aria-label="Download chart as PNG" onClick={() => void exportChart('png')}>PNG</button>
      <span aria-hidden="true" className="mx-1 h-4 border-l border-slate-200" />
      <button type="button" className={BUTTON} onClick={() => void copyLink()}>Copy link</button>
      {fallbackUrl && <LinkField url={fallbackUrl} />}
      <p role="status" aria-live="polite" className="min-w-0 max-w-72 truncate text-xs text-slate-600" title={status}>{status}</p>
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

/** Where the clipboard is unavailable: the link in a field, selected, ready for Ctrl+C. */
function LinkField({ url }: { url: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [url]);
  return <input ref={ref} readOnly value={url} aria-label="Link to this view" onFocus={(e) => e.currentTarget.select()} className="w-64 rounded border border-slate-300 px-1 py-0.5 text-xs" />;
}
