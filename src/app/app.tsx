import { useEffect, useMemo } from 'react';
import { BundleLoadError, PAGE_CORPUS, REBUILD_COMMANDS, useBundle } from '../data/bundle-query.ts';
import { indexArraysOf } from '../data/columnar-bundle.ts';
import { markLoad } from '../data/load-marks.ts';
import type { LoadedBundle } from '../model/columns/loaded-bundle.ts';
import { type BundleIndex, buildBundleIndex } from '../selectors/bundle-index.ts';
import { useUrlSync } from '../state/use-url-sync.ts';
import { closeEvidence, trackInputModality } from '../components/evidence-focus.ts';
import { useFiltersStore } from '../state/filters-store.ts';
import { BundleIndexContext } from '../state/dashboard-hooks.ts';
import { CorpusUpdateNotice } from '../components/corpus-update-notice.tsx';
import { LoadProgress } from '../components/load-progress.tsx';
import { exposeToBench } from './bench-handles.ts';
import { DashboardLayout } from './dashboard-layout.tsx';

/** The page shell: loading and error states, then the dashboard over the indexed bundle. */
export function App() {
  const { data: bundle, error, isPending } = useBundle();
  const index = useMemo(() => (bundle ? indexOf(bundle) : null), [bundle]);
  useEffect(() => {
    if (!index) return;
    markLoad('dashboard-rendered');
    exposeToBench('parleyIndex', index);
  }, [index]);
  useUrlSync();
  useEscapeClosesEvidence();
  if (isPending) return <LoadProgress />;
  if (error || !index)
    return (
      <>
        <CorpusUpdateNotice />
        <LoadError error={error ?? new Error('no bundle')} />
      </>
    );
  return (
    <BundleIndexContext.Provider value={index}>
      <CorpusUpdateNotice />
      <DashboardLayout />
    </BundleIndexContext.Provider>
  );
}

function indexOf(bundle: LoadedBundle): BundleIndex {
  const index = buildBundleIndex(bundle, indexArraysOf(bundle));
  markLoad('index-built');
  return index;
}

/** Escape anywhere closes the evidence (controls with their own Escape, like an open list, stop it first). */
function useEscapeClosesEvidence(): void {
  useEffect(() => trackInputModality(window), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useFiltersStore.getState().selection) closeEvidence();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function LoadError({ error }: { error: Error }) {
  const problems = error instanceof BundleLoadError ? error.problems : [];
  return (
    <div role="alert" className="m-6 rounded border border-red-300 bg-red-50 p-4 text-red-900">
      <h1 className="font-semibold">The event bundle could not be loaded</h1>
      <p>{error.message}</p>
      {problems.length > 0 && (
        <ul className="mt-2 list-disc pl-6 text-sm">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm">
        Rebuild it with <code className="rounded bg-white px-1">{REBUILD_COMMANDS[PAGE_CORPUS]}</code> and reload.
      </p>
    </div>
  );
}
