import type { PloverType } from '../../model/bundle-schema.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// Where two parties sign, agree, meet or cooperate, a third named right after "in" or "at" is where they do it,
// not a party: "signed the accord at the Pentagon", "agreed to reopen the border in Saudi talks", and in title
// case "Agree To Truce In Ethiopia Talks", "Sign Declaration At State Department" (a state, a seat or an office
// that is also a building). The acts read from the same words (the truce agreed) lose it too. With only one
// other party named, the venue may be the counterpart ("signed the deal at the State Department"): it stays.
const JOINT = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE']);
const VENUE_PREPOSITIONS = new Set(['in', 'at']);
const PEOPLE_IN = new Set([
  ...['leaders', 'officials', 'authorities', 'counterparts', 'diplomats', 'negotiators', 'envoys'],
  ...['representatives', 'government', 'governments', 'leadership', 'rulers'],
]);

/** Joint acts of two parties or more without the party named as their venue. */
export function withoutVenueParties(drafts: EventDraft[], mentions: readonly ActorMention[]): EventDraft[] {
  const joint = drafts.filter((d) => JOINT.has(d.type) && d.target.length > 0);
  if (joint.length === 0) return drafts;
  return drafts.map((d) => {
    if (d.target.length === 0) return d;
    const sharesWords = joint.some((j) => j.match.tokenStart === d.match.tokenStart);
    if (!JOINT.has(d.type) && !sharesWords) return d;
    const venues = d.target.filter((p) => isVenue(p, d, mentions));
    if (venues.length === 0) return d;
    const others = new Set([...d.source, ...d.target].filter((p) => !venues.includes(p)).map((p) => p.actorId));
    return others.size >= 2 ? { ...d, target: d.target.filter((p) => !venues.includes(p)) } : d;
  });
}

/** The participant was read from a name right after "in" or "at" ("at the Pentagon", "in Saudi talks"). */
function isVenue(p: Participant, { tokens }: EventDraft, mentions: readonly ActorMention[]): boolean {
  if (!p.span) return false;
  const m = mentions.find((x) => x.start === p.span!.start);
  if (!m) return false;
  let before = m.tokenStart - 1;
  if (tokens[before]?.lower === 'the') before--;
  // "spoke with leaders in Kinshasa and Kigali": people "in" a capital are its government (`governing-seats`).
  return VENUE_PREPOSITIONS.has(tokens[before]?.lower ?? '') && !PEOPLE_IN.has(tokens[before - 1]?.lower ?? '');
}
