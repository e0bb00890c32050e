import type { EventDraft } from './event-records.ts';
import { purposeStart } from './journey-purpose.ts';

// How far after the purpose's "to" its act may begin ("to hold direct talks with").
const ACT_REACH = 3;
// The last word of a journey pattern that names where the traveller goes ("flew to", "arrived in", "left for").
const DESTINATION_WORDS = new Set(['to', 'in', 'for']);

/**
 * "Yermak flew to Riyadh to hold talks with American officials", "arrived in Abu Dhabi to meet Aliyev": when
 * the purpose of a journey is a meeting with a counterpart of its own, and that counterpart is not the destination's
 * side, the destination is where the act happens, not whom the traveller visits. Such a journey is no meeting with
 * the destination's government; the meeting carries the visit. A purpose naming no counterpart ("flew to
 * Tehran to hold talks"), one of the destination's side ("flew to Kyiv to meet Zelensky") or a signing leaves
 * the journey as it is.
 */
export function withoutVenueJourneys(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  if (drafts.length < 2 || !drafts.some(isJourneyToPlace)) return drafts;
  return drafts.filter((d) => !isJourneyToPlace(d) || !goesToVenue(d, drafts, sideOf));
}

function isJourneyToPlace(d: EventDraft): boolean {
  const { trigger } = d.match;
  if (d.type !== 'CONSULT' || trigger.mode !== 'visit' || trigger.direction !== 'forward') return false;
  return d.target.length > 0 && DESTINATION_WORDS.has(trigger.pattern.split(/\s+/).at(-1) ?? '');
}

function goesToVenue(journey: EventDraft, drafts: EventDraft[], sideOf: (actorId: string) => string): boolean {
  const to = purposeStart(journey.match, journey.tokens);
  if (to === null) return false;
  const act = drafts.find((d) => d !== journey && d.match.tokenStart > to && d.match.tokenStart <= to + ACT_REACH);
  // A signing abroad is mostly a ceremony its host holds ("fly to Washington to sign the declaration"): only
  // talks held somewhere else make the destination a mere venue.
  if (act?.type !== 'CONSULT') return false;
  const travellers = new Set(journey.source.map((p) => sideOf(p.actorId)));
  // The act is the traveller's (or names no one doing it).
  if (act.source.length > 0 && !act.source.some((p) => travellers.has(sideOf(p.actorId)))) return false;
  const counterparts = [...act.source, ...act.target]
    .map((p) => sideOf(p.actorId))
    .filter((side) => !travellers.has(side));
  if (counterparts.length === 0) return false;
  const destination = new Set(journey.target.map((p) => sideOf(p.actorId)));
  return counterparts.every((side) => !destination.has(side));
}
