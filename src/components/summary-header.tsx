import { useState } from 'react';
import { useBundleIndex } from '../app/dashboard-hooks.ts';
import { summariseCorpus } from '../selectors/corpus-summary.ts';

/** The corpus at a glance, and sharing the current view. */
export function SummaryHeader() {
  const index = useBundleIndex();
  const summary = summariseCorpus(index.bundle);
  const [copied, setCopied] = useState(false);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt('Copy this link', window.location.href);
    }
  };
  return (
    <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-2">
      <div className="flex items-baseline gap-3">
        <h1 className="text-lg font-semibold tracking-tight">Parley</h1>
        <p className="text-sm text-slate-600">{summary.text}</p>
      </div>
      <button type="button" onClick={copyLink} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus:outline-2 focus:outline-blue-600">
        {copied ? 'Link copied' : 'Copy link'}
      </button>
    </header>
  );
}
