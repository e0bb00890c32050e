/** Placeholder until the view is built. */
export function NetworkView() {
  return (
    <section aria-label="Actor network" className="rounded border border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold">Actor network</h2>
    </section>
  );
}
