import { formatShortDate } from '../../components/format.ts';
import type { BundleIndex } from '../../selectors/bundle-index.ts';
import { sentenceText } from '../../model/external-coders.ts';

/** Who promised what, from an event: "Benjamin Netanyahu → Pete Hegseth", "CONSULT", the trigger words and the sentence. */
export function describePlan(index: BundleIndex, eventIndex: number): { who: string; what: string; sentence: string } {
  const e = index.events.at(eventIndex)!;
  const names = (ids: string[]) => ids.map((id) => index.actorName.get(id) ?? id).join(', ');
  const who = e.target.length ? `${names(e.source)} → ${names(e.target)}` : names(e.source) || 'Unnamed actors';
  return { who, what: `${e.type}${e.mode ? ` (${e.mode})` : ''} · “${e.trigger.text}”`, sentence: sentenceText(e) };
}

/** "1 day later", "same day", "12 days later". */
export function gapText(days: number | null): string {
  if (days === null) return '';
  if (days === 0) return 'same day';
  return `${days} day${days === 1 ? '' : 's'} later`;
}

/**
 * What an open promise past its due date means: no article in this corpus reports it held by the as-of day.
 * Not "overdue": the meeting may have happened and gone unreported in the articles Parley read.
 */
export function notReportedText(asOf: string): string {
  return `not reported held in this corpus as of ${formatShortDate(asOf)}`;
}
