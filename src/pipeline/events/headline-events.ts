import { TYPE_FAMILY } from '../../model/type-family.ts';
import type { Modality } from '../../model/bundle-schema.ts';
import type { EventDraft } from './event-records.ts';
import { formatDay, type DayNumber } from '../dates/calendar.ts';

const HEADLINE_PRESENT = 'headline present: reported as done';

/**
 * Headlines speak in the present for what happened ("Trump Hosts Netanyahu") and in the infinitive for
 * what is scheduled ("Leaders To Meet In Geneva"); the body's tense rules would call them ongoing or hoped.
 */
export function headlineModality(draft: EventDraft): { modality: Modality; modalityCue: string } {
  if (draft.modalityCue === 'present tense') return { modality: 'occurred', modalityCue: HEADLINE_PRESENT };
  if (draft.modalityCue === 'to-infinitive') return { modality: 'planned', modalityCue: 'headline "to": scheduled' };
  return { modality: draft.modality, modalityCue: draft.modalityCue };
}

/**
 * A headline rarely states a date; its body does. An undated headline event takes the date of the first body
 * event of the same type family that shares a party with it. A headline in the present that the body does not
 * date reports the news of its day ("Kyrgyzstan and Tajikistan sign border treaty"): its publication day.
 */
export function dateHeadlinesByBody(
  drafts: EventDraft[],
  isHeadline: (d: EventDraft) => boolean,
  sideOf: (actorId: string) => string,
  published: DayNumber | null = null,
): EventDraft[] {
  const body = drafts.filter((d) => !isHeadline(d) && d.date.precision !== 'unknown');
  return drafts.map((draft) => {
    if (!isHeadline(draft) || draft.date.precision !== 'unknown') return draft;
    // "Guyana And Venezuela Agree" is dated by "Ali and Maduro ... agreed on Thursday": leaders stand for their states.
    const parties = new Set([...draft.source, ...draft.target].flatMap((p) => [p.actorId, sideOf(p.actorId)]));
    const match = bestBodyMatch(draft, body, parties, sideOf);
    if (!match) return draft.modalityCue === HEADLINE_PRESENT ? datedByPublication(draft, published) : draft;
    return {
      ...draft,
      date: { ...match.date, basis: `headline, dated by its article: ${match.date.basis}` },
      dateSpan: null,
    };
  });
}

/**
 * The body event that tells the headline's: of its type naming one of its parties, or of its type family naming
 * all its sides; the one of its own type naming all its sides first ("Pakistan and Afghanistan Agree" is dated by
 * their agreement, never by India's reopened embassy in Kabul); one whose actor is the headline's own comes first.
 */
function bestBodyMatch(
  draft: EventDraft,
  body: EventDraft[],
  parties: Set<string>,
  sideOf: (actorId: string) => string,
): EventDraft | undefined {
  const sides = new Set([...draft.source, ...draft.target].map((p) => sideOf(p.actorId)));
  const sourceSides = new Set(draft.source.map((p) => sideOf(p.actorId)));
  let best: EventDraft | undefined;
  let bestScore = 0;
  for (const d of body) {
    if (TYPE_FAMILY[d.type] !== TYPE_FAMILY[draft.type]) continue;
    const named = [...d.source, ...d.target];
    if (!named.some((p) => parties.has(p.actorId) || parties.has(sideOf(p.actorId)))) continue;
    const bodySides = new Set(named.map((p) => sideOf(p.actorId)));
    const all = [...sides].every((side) => bodySides.has(side));
    const sameType = d.type === draft.type;
    // Another type of the family naming one side only is another story ("India reopened its embassy in Kabul").
    if (!all && !sameType) continue;
    // "Iran Fires Missiles at US Base" is Iran's attack, not the American one it answers: who acts counts first.
    const sameActor = d.source.some((p) => sourceSides.has(sideOf(p.actorId)));
    const score = (sameActor ? 4 : 0) + (all ? 2 : 0) + (sameType ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

function datedByPublication(draft: EventDraft, published: DayNumber | null): EventDraft {
  if (published === null) return draft;
  const day = formatDay(published);
  return {
    ...draft,
    date: { date: day, precision: 'day', basis: `headline in the present, undated by its article: published ${day}` },
    dateSpan: null,
  };
}
