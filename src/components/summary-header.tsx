import { useBundleIndex } from '../state/dashboard-hooks.ts';
import { summariseCorpus } from '../selectors/corpus-summary.ts';
import { ExportMenu } from './export-menu.tsx';
import { PageViewsNav } from './page-views-nav.tsx';

/** The corpus at a glance, and taking the current view away (files, images, link). */
export function SummaryHeader() {
  const index = useBundleIndex();
  const summary = summariseCorpus(index.bundle);
  return (
    <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-2">
      <div className="flex items-baseline gap-3">
        <h1 className="text-lg font-semibold tracking-tight">Parley</h1>
        <p className="text-sm text-slate-600">{summary.text}</p>
        {summary.fictionArticles > 0 && (
          <p className="rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300">
            {summary.fictionArticles === summary.articles
              ? 'All articles are'
              : `${summary.fictionArticles} of ${summary.articles} articles are`}{' '}
            the team's fiction (demo corpus), not reporting
          </p>
        )}
      </div>
      <PageViewsNav />
      <ExportMenu />
    </header>
  );
}
