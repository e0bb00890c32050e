/** Placeholder until the view is built. */
export function TimelineView() {
  return (
    <section aria-label="Timeline" className="rounded border border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold">Timeline</h2>
    </section>
  );
}
