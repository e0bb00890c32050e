import type { EventDraft } from './event-records.ts';
import { statesOwnIntent } from './modality.ts';

// The CAMEO to PLOVER table types an easing by what is eased: economic sanctions, embargoes, tariffs and export
// controls are RETREAT (085), as the lexicon reads them in every verb form ("lifted", "will lower", "pledged to
// suspend", "Order Ending ... Sanctions"). An easing only said or considered ("announced it would lift
// sanctions", "would like to explore lifting sanctions", "could ease the embargo") is kept as Parley's verbal
// concession, CONCEDE, as the seed gold codes it; the table would make the saying an AGREE (0354). A commitment
// ("pledged to lift", "will lift", "plans to lift") is the act itself, planned, with its own AGREE.
const REPORTED_INTENTION = 'would (reported intention)';

/** A RETREAT easing that is only said ("would lift") or considered ("could lift"), retyped as CONCEDE. */
export function asSaidConcession(draft: EventDraft): EventDraft {
  if (draft.type !== 'RETREAT' || draft.mode !== 'ease') return draft;
  const said = draft.modalityCue === REPORTED_INTENTION;
  const considered = draft.modality === 'hypothetical' && !statesOwnIntent(draft.modalityCue);
  return said || considered ? { ...draft, type: 'CONCEDE', mode: 'easing' } : draft;
}

/**
 * "Trump lifted restrictions on US defence cooperation with Azerbaijan": a measure named by its owner's name is
 * not eased for the owner. An easing keeps no target on its actor's own side; the party it is eased for is then
 * the sentence's other side (`sentence-counterpart.ts`).
 */
export function withoutOwnSideTarget(draft: EventDraft, sideOf: (actorId: string) => string): EventDraft {
  if (draft.mode !== 'ease' && draft.mode !== 'easing') return draft;
  const own = new Set(draft.source.map((p) => sideOf(p.actorId)));
  const target = draft.target.filter((p) => !own.has(sideOf(p.actorId)));
  return target.length === draft.target.length ? draft : { ...draft, target };
}
