import type { EventDraft } from './event-records.ts';

/** Two triggers of one type in one sentence about the same people are one event mention. */
export function mergeSameTypeDrafts(drafts: EventDraft[], affiliationOf: (id: string) => string | null): EventDraft[] {
  const kept: EventDraft[] = [];
  for (const d of drafts) {
    const twin = kept.find((k) => k.type === d.type && datesAgree(k, d) && (participantsCover(k, d, affiliationOf) || participantsCover(d, k, affiliationOf)));
    if (!twin) {
      kept.push(d);
      continue;
    }
    const richer = participantCount(d) > participantCount(twin) ? d : twin;
    const other = richer === d ? twin : d;
    const merged: EventDraft = {
      ...richer,
      date: richer.dateSpan ? richer.date : other.dateSpan ? other.date : richer.date,
      dateSpan: richer.dateSpan ?? other.dateSpan,
      location: richer.location ?? other.location,
    };
    kept[kept.indexOf(twin)] = merged;
  }
  return kept;
}

function datesAgree(a: EventDraft, b: EventDraft): boolean {
  return a.dateSpan === null || b.dateSpan === null || a.date.date === b.date.date;
}

function participantCount(d: EventDraft): number {
  return d.source.filter((p) => p.via !== 'anaphora').length + d.target.length;
}

/** Whether `a` names everyone `b` names, a person also standing for their state ("Sorrel" covers "Kessa"). */
function participantsCover(a: EventDraft, b: EventDraft, affiliationOf: (id: string) => string | null): boolean {
  const ids = new Set([...a.source, ...a.target].flatMap((p) => [p.actorId, affiliationOf(p.actorId) ?? p.actorId]));
  const others = [...b.source, ...b.target];
  return others.length === 0 || others.every((p) => ids.has(p.actorId));
}
