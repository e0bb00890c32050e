import type { PipelineResources } from '../resources/load-resources.ts';
import type { EventDraft } from './event-records.ts';

// CAMEO's verb dictionary files looting under violent protest (145, PLOVER PROTEST riot): an act of crowds. Looting
// by a state's soldiers or police, or by an armed group ("M23 rebels looted a hospital", "soldiers looted shops"),
// is no protest: it is the seizure of property (CAMEO 171, PLOVER COERCE seize), as the conflicts of Sudan, Congo
// and Haiti are told. So is looting a state is said to do ("accused Rwanda of looting its minerals"): a state
// does it through its forces, never as a crowd.
const LOOTING = /^loot/;
const ARMED_SECTORS = new Set(['military', 'police', 'rebels', 'militants']);

/** Riots of looting whose every source is armed, read as seizures of property. */
export function withArmedLooting(drafts: EventDraft[], resources: PipelineResources): EventDraft[] {
  if (!drafts.some(isLootingRiot)) return drafts;
  const armed = (id: string) => {
    const actor = resources.gazetteer.actors.get(id);
    return actor?.kind === 'armed-group' || actor?.kind === 'state' || ARMED_SECTORS.has(actor?.sector ?? '');
  };
  return drafts.map((d) =>
    isLootingRiot(d) && d.source.length > 0 && d.source.every((p) => armed(p.actorId))
      ? { ...d, type: 'COERCE', mode: 'seize' }
      : d,
  );
}

function isLootingRiot(d: EventDraft): boolean {
  return d.type === 'PROTEST' && d.mode === 'riot' && LOOTING.test(d.tokens[d.match.tokenStart]?.lower ?? '');
}
