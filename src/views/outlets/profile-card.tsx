import { QUAD_OF_TYPE } from '../../model/bundle-schema.ts';
import { QUAD_COLOURS } from '../../components/palette.ts';
import type { OutletProfile } from '../../selectors/outlet-profiles.ts';
import { percent } from './bar-layout.ts';
import { BarList } from './bar-list.tsx';
import { ModalityBar } from './modality-bar.tsx';
import { formatCount } from '../../components/format.ts';

type Props = {
  profile: OutletProfile;
  colour: string;
  /** Largest share of one type across the shown cards, so bar lengths compare between outlets. */
  maxTypeShare: number;
  chosenActors: string[];
  onToggleActor: (actorId: string) => void;
};

const TYPES_SHOWN = 6;

/** One outlet's profile: its real-world events and reports, reports by type, actors most mentioned, speakers most quoted, occurred versus planned. */
export function ProfileCard({ profile: p, colour, maxTypeShare, chosenActors, onToggleActor }: Props) {
  const hiddenTypes = p.types.length - TYPES_SHOWN;
  const types = p.types.slice(0, TYPES_SHOWN).map((t) => ({
    key: t.type,
    label: t.type,
    value: t.count / Math.max(1, p.reports),
    text: `${formatCount(t.count)} · ${percent(t.count, p.reports)}`,
    colour: QUAD_COLOURS[QUAD_OF_TYPE[t.type]],
  }));
  const actors = p.topActors.map((a) => ({
    key: a.id,
    label: a.label || a.id,
    value: a.count,
    text: formatCount(a.count),
    colour: '#64748b',
    pressed: chosenActors.includes(a.id),
  }));
  const speakers = p.topSpeakers.map((s) => ({
    key: s.id ?? `text:${s.label}`,
    label: speakerLabel(s),
    value: s.count,
    text: formatCount(s.count),
    colour: '#94a3b8',
  }));
  return (
    <article aria-label={`${p.label} profile`} className="space-y-2.5 rounded border border-slate-200 p-2.5">
      <header>
        <div className="flex items-baseline gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block h-2.5 w-2.5 shrink-0 rounded-full"
            style={{ background: colour }}
          />
          <h3 className="truncate text-sm font-semibold" title={p.label}>
            {p.label}
          </h3>
        </div>
        {/* Both counts, named: the first is the Coverage column's number, the second what the bars below share out. */}
        <p className="text-xs tabular-nums text-slate-600">
          {formatCount(p.realWorldEvents)} real-world event{p.realWorldEvents === 1 ? '' : 's'} ·{' '}
          {formatCount(p.reports)} report{p.reports === 1 ? '' : 's'}
        </p>
      </header>
      <ModalityBar colour={colour} occurred={p.occurred} planned={p.planned} other={p.otherModalities} />
      <BarList title="Reports by type" items={types} max={maxTypeShare} empty="No events" />
      {hiddenTypes > 0 && (
        <p className="-mt-2 text-[11px] text-slate-500">
          and {hiddenTypes} more {hiddenTypes === 1 ? 'type' : 'types'}
        </p>
      )}
      <BarList title="Actors most mentioned" items={actors} empty="No actors" onToggle={onToggleActor} />
      <BarList title="Speakers most quoted" items={speakers} empty="No attributed quotes in these articles" />
    </article>
  );
}

/** Named speakers by name; anonymous ones as the text called them, quoted, and unattributed quotes as such. */
function speakerLabel(s: { id: string | null; label: string }): string {
  if (s.id) return s.label;
  return s.label.toLowerCase() === 'unattributed' ? '(unattributed)' : `“${s.label}”`;
}
