import type { EventDraft } from './event-records.ts';

// "Kabul shelters terrorists, Islamabad said", "India will not resume the treaty as long as Pakistan supports
// terrorism": backing terrorism or militancy, said by another party, is that party's charge (PLOVER ACCUSE,
// CAMEO 112 "accuse of ... supporting terrorism"), not support given to an actor. The backer is the target.
const TERROR = /^(terrorism|terrorists?|terror|militants|militancy|extremists|extremism|jihadists|insurgents)$/;
// Words between the verb and its object: "cross-border terrorism", "armed militants", "the".
const REACH = 4;

/** A SUPPORT or AID of terrorism that a speaker of another party reports, made that speaker's ACCUSE. */
export function asChargeOfBackingTerror(draft: EventDraft): EventDraft {
  if ((draft.type !== 'SUPPORT' && draft.type !== 'AID') || draft.match.verbToken === null) return draft;
  const { tokens, match } = draft;
  const object = tokens.slice(match.verbToken! + 1, match.verbToken! + 1 + REACH);
  if (!object.some((t) => TERROR.test(t.lower))) return draft;
  const accusers = (draft.saidBy ?? []).filter((p) => !draft.source.some((s) => s.actorId === p.actorId));
  if (accusers.length === 0 || draft.source.length === 0) return { ...draft, target: [] };
  return {
    ...draft,
    type: 'ACCUSE',
    mode: 'allege',
    source: accusers,
    target: draft.source,
    modality: 'occurred',
    modalityCue: `charged with backing ${object.find((t) => TERROR.test(t.lower))!.lower}`,
    saidBy: undefined,
    ...(draft.statementDate ? { date: draft.statementDate, dateSpan: null } : {}),
  };
}
