import { relativeAsideAround } from '../dates/relative-aside-dates.ts';
import type { EventDraft } from './event-records.ts';

/** Two triggers of one type in one sentence about the same people are one event mention. */
export function mergeSameTypeDrafts(drafts: EventDraft[], affiliationOf: (id: string) => string | null): EventDraft[] {
  const kept: EventDraft[] = [];
  for (const d of drafts) {
    const twin = kept.find(
      (k) =>
        k.type === d.type &&
        datesAgree(k, d) &&
        !actOnEachOther(k, d) &&
        !swapsSides(k, d) &&
        !acrossRelativeAside(k, d) &&
        (participantsCover(k, d, affiliationOf) || participantsCover(d, k, affiliationOf)),
    );
    if (!twin) {
      kept.push(d);
      continue;
    }
    const richer = richness(d, affiliationOf) > richness(twin, affiliationOf) ? d : twin;
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

/**
 * "A struck B after B fired rockets at A": two acts of one directed type whose sources are each the other's
 * targets are a reply to each other, two events, however alike their parties look.
 */
function actOnEachOther(a: EventDraft, b: EventDraft): boolean {
  if (a.match.trigger.direction === 'mutual' || b.match.trigger.direction === 'mutual') return false;
  const targetsOf = (d: EventDraft) => new Set(d.target.map((p) => p.actorId));
  const aTargets = targetsOf(a);
  const bTargets = targetsOf(b);
  return (
    a.source.length > 0 &&
    b.source.length > 0 &&
    a.source.every((p) => bTargets.has(p.actorId)) &&
    b.source.every((p) => aTargets.has(p.actorId))
  );
}

/**
 * "Israeli hostages are released ... Israel would begin scaling back": a party acted on by one directed act and
 * acting in the other is on opposite sides of two different acts, not named twice for one.
 */
function swapsSides(a: EventDraft, b: EventDraft): boolean {
  if (a.match.trigger.direction === 'mutual' || b.match.trigger.direction === 'mutual') return false;
  const ids = (list: EventDraft['source']) => new Set(list.map((p) => p.actorId));
  const crosses = (x: Set<string>, y: Set<string>) => [...x].some((id) => y.has(id));
  return crosses(ids(a.source), ids(b.target)) || crosses(ids(a.target), ids(b.source));
}

/**
 * "The army, which recaptured the airport on Friday, said it would attack the RSF": an act in a relative clause set
 * off by commas and one outside it tell two occasions, whatever parties they share (the aside's date went to the
 * planned attack).
 */
function acrossRelativeAside(a: EventDraft, b: EventDraft): boolean {
  const asideA = relativeAsideAround(a.tokens, a.match.tokenStart);
  const asideB = relativeAsideAround(b.tokens, b.match.tokenStart);
  return asideA?.[0] !== asideB?.[0];
}

function datesAgree(a: EventDraft, b: EventDraft): boolean {
  return a.dateSpan === null || b.dateSpan === null || a.date.date === b.date.date;
}

function participantCount(d: EventDraft): number {
  return d.source.filter((p) => p.via !== 'anaphora').length + d.target.length;
}

/** More parties first; on a tie, the mention naming people over the one naming their states. */
function richness(d: EventDraft, affiliationOf: (id: string) => string | null): number {
  const people = [...d.source, ...d.target].filter((p) => affiliationOf(p.actorId) !== null).length;
  return participantCount(d) * 10 + people;
}

/** Whether `a` names everyone `b` names, a person also standing for their state ("Sorrel" covers "Kessa"). */
function participantsCover(a: EventDraft, b: EventDraft, affiliationOf: (id: string) => string | null): boolean {
  const others = [...b.source, ...b.target];
  if (others.length === 0) return true;
  const own = new Set([...a.source, ...a.target].map((p) => p.actorId));
  if (others.every((p) => own.has(p.actorId))) return true;
  // "flew to Cairo for talks with Sisi": the journey to Egypt is the talks with Egypt's president.
  if (a.purposeOf === b.match) {
    const statesOfPeople = new Set([...own].map((id) => affiliationOf(id)).filter((id) => id !== null));
    if (others.every((p) => own.has(p.actorId) || statesOfPeople.has(p.actorId))) return true;
  }
  // Only a restatement in terms of states ("talks between Velgrad and Kessa") stands for the people's meeting.
  const states = new Set([...own].map((id) => affiliationOf(id) ?? id));
  return (
    others.length >= 2 &&
    others.every((p) => affiliationOf(p.actorId) === null && states.has(p.actorId) && !own.has(p.actorId))
  );
}
