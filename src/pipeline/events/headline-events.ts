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
    const match = body.find(
      (d) =>
        TYPE_FAMILY[d.type] === TYPE_FAMILY[draft.type] &&
        [...d.source, ...d.target].some((p) => parties.has(p.actorId) || parties.has(sideOf(p.actorId))),
    );
    if (!match) return draft.modalityCue === HEADLINE_PRESENT ? datedByPublication(draft, published) : draft;
    return {
      ...draft,
      date: { ...match.date, basis: `headline, dated by its article: ${match.date.basis}` },
      dateSpan: null,
    };
  });
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
