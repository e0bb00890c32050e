/**
 * An outlet named with its colour dot: a small pill in lists and tables, or plain inline text in a
 * sentence ("announced 7 Jul 2025 by • Israel Hayom").
 */
export function OutletChip({ label, colour, plain = false }: { label: string; colour: string; plain?: boolean }) {
  return (
    <span className={plain ? 'inline-flex items-center gap-1 whitespace-nowrap' : 'inline-flex items-center gap-1 rounded-full bg-slate-100 px-1.5 text-[11px] text-slate-800'}>
      <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full" style={{ background: colour }} />
      {label}
    </span>
  );
}
