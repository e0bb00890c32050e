import { type ActorClause, matchKeyOf, matchOptions } from '../state/clauses/actors.ts';
import { MultiSelect, type MultiSelectOption } from './multi-select.tsx';

type Props = {
  clause: ActorClause;
  options: MultiSelectOption[];
  nameOf: (id: string) => string;
  onToggle: (id: string) => void;
  onClause: (clause: ActorClause) => void;
};

/** The Actors control: how chosen actors combine ("Match": any of them, all of them, or one acting on the other), then the actors. */
export function ActorFilter({ clause, options, nameOf, onToggle, onClause }: Props) {
  const choices = matchOptions(clause.actors, nameOf);
  return (
    <div role="group" aria-label="Actor filter" className="flex items-center gap-1 text-sm">
      <label className="flex items-center gap-1">
        Match
        <select
          value={matchKeyOf(clause)}
          onChange={(e) => {
            const choice = choices.find((c) => c.key === e.target.value);
            if (choice) onClause(choice.clause);
          }}
          className="max-w-56 rounded border border-slate-300 px-1 py-0.5 text-sm"
        >
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <MultiSelect label="Actors" options={options} selected={clause.actors} onToggle={onToggle} />
    </div>
  );
}
