import type { EventDraft } from './event-records.ts';

// A meeting a party would join on a condition another party must meet: "the ELN said it would join talks in Havana
// only if Bogota released its commanders", "Hamas would attend the talks only if Israel halted its strikes". The
// talks name no counterpart; the one the condition waits on is the side the meeting would be held with. Without
// it, the meeting has one party and is lost (a meeting needs two).

/** Each hypothetical meeting of one side with no counterpart, held with the party its condition names. */
export function withConditionedMeetings(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  return drafts.map((d) => {
    if (d.type !== 'CONSULT' || d.modality !== 'hypothetical' || d.target.length > 0 || !d.conditionedOn) return d;
    const sides = new Set(d.source.map((p) => sideOf(p.actorId)));
    if (sides.size !== 1) return d;
    const counterpart = d.conditionedOn.filter((p) => !sides.has(sideOf(p.actorId)));
    return counterpart.length > 0 ? { ...d, target: counterpart } : d;
  });
}
