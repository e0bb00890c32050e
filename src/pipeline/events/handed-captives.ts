import type { PipelineResources } from '../resources/load-resources.ts';
import type { EventDraft } from './event-records.ts';

// "handed over four Armenian servicemen": the lexicon's "{hand} over ~ X" reads a release only when its party is
// a state's people (its soldiers, police or civilians: the captives' noun is inside the party's words); what else
// is handed over to a party ("handed over control to Russia", "handed over the town to the army") is no release.
const CAPTIVE_SECTORS = new Set(['military', 'police', 'civilians']);

/** The drafts without a release by "{hand} over X" whose X is not a state's people. */
export function withoutHandedNonCaptives(drafts: EventDraft[], resources: PipelineResources): EventDraft[] {
  return drafts.filter((d) => {
    if (d.type !== 'RETREAT' || d.mode !== 'release' || !isBareHandOver(d)) return true;
    const actor = d.match.slotMention ? resources.gazetteer.actors.get(d.match.slotMention.actorId) : undefined;
    return actor !== undefined && CAPTIVE_SECTORS.has(actor.sector ?? '');
  });
}

/** Whether the draft's trigger is "{hand} over", fillers and a party, with no noun after the party. */
function isBareHandOver(d: EventDraft): boolean {
  const slots = d.match.trigger.slots;
  return d.tokens[d.match.tokenStart + 1]?.lower === 'over' && slots.at(-1)?.kind === 'actor';
}
