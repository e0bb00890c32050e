/** Placeholder until the view is built. */
export function OutletsView() {
  return (
    <section aria-label="Outlet comparison" className="rounded border border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold">Outlet comparison</h2>
    </section>
  );
}
