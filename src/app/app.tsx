import { BundleLoadError, REBUILD_COMMAND, useBundle } from '../data/bundle-query.ts';
import { EventList } from './event-list.tsx';
import { summariseCorpus } from '../selectors/corpus-summary.ts';

/** The page shell: loading and error states, the corpus summary, and the views. */
export function App() {
  const { data: bundle, error, isPending } = useBundle();
  if (isPending) return <p className="p-6 text-slate-600">Loading the event bundle…</p>;
  if (error) return <LoadError error={error} />;
  const summary = summariseCorpus(bundle);
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <header className="border-b border-slate-200 bg-white px-6 py-3">
        <h1 className="text-lg font-semibold">Parley</h1>
        <p className="text-sm text-slate-600">{summary.text}</p>
      </header>
      <main className="mx-auto max-w-5xl p-6">
        <EventList bundle={bundle} />
      </main>
    </div>
  );
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
        Rebuild it with <code className="rounded bg-white px-1">{REBUILD_COMMAND}</code> and reload.
      </p>
    </div>
  );
}
