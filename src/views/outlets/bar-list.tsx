import { barLayout } from './bar-layout.ts';

/** One bar of a BarList: `value` sets the length, `text` is what is printed beside it. */
export type BarItem = { key: string; label: string; value: number; text: string; colour: string; pressed?: boolean };

type Props = {
  title: string;
  items: BarItem[];
  /** The value of a full-width bar (shared across cards so they compare); the largest value when absent. */
  max?: number;
  width?: number;
  empty: string;
  /** Makes each label a toggle button (e.g. the actor filter). */
  onToggle?: (key: string) => void;
};

/** A small horizontal bar chart: d3 computes the lengths, React draws label, bar and count per line. */
export function BarList({ title, items, max, width = 96, empty, onToggle }: Props) {
  // One count-column width per list (the longest text), so that the bars of all lines start aligned.
  const columns = `minmax(0,1fr) ${width}px ${Math.max(2, ...items.map((i) => i.text.length))}ch`;
  const bars = barLayout(
    items.map((i) => ({ ...i, count: i.value })),
    width,
    max,
  );
  return (
    <div>
      <h4 className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {bars.length === 0 ? (
        <p className="text-xs text-slate-500">{empty}</p>
      ) : (
        <ul aria-label={title} className="mt-0.5 space-y-0.5">
          {bars.map((b) => (
            <li key={b.key} className="grid items-center gap-1.5 text-xs" style={{ gridTemplateColumns: columns }}>
              {onToggle ? (
                <button
                  type="button"
                  aria-pressed={b.pressed ?? false}
                  onClick={() => onToggle(b.key)}
                  title={`${b.pressed ? 'Remove' : 'Add'} ${b.label} ${b.pressed ? 'from' : 'to'} the Actors filter`}
                  className={`truncate rounded px-0.5 text-left hover:bg-blue-50 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600 ${b.pressed ? 'font-semibold text-blue-800' : 'text-slate-800'}`}
                >
                  {b.label}
                </button>
              ) : (
                <span className="truncate text-slate-800" title={b.label}>
                  {b.label}
                </span>
              )}
              <svg width={width} height={10} aria-hidden="true">
                <rect x={0} y={1} width={width} height={8} fill="#f1f5f9" />
                <rect x={0} y={1} width={b.length} height={8} fill={b.colour} />
              </svg>
              <span className="whitespace-nowrap text-right tabular-nums text-slate-600">{b.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
