import type { EventDraft } from './event-records.ts';

// Verbs of answering that say nothing of how: "retaliated", "hit back". Their bare reading is an attack (CAMEO
// 190), right only when no means follows.
const BARE_ANSWERS = new Set(['{retaliate}']);

/**
 * Drops a bare answer ("China retaliated") whose means follows it after "by" as an act of its own ("by imposing
 * tariffs on American soybeans", "on Friday by expelling two diplomats"): the means says what the answer was,
 * and an attack it was not.
 */
export function withoutAnswersTakenByTheirMeans(drafts: EventDraft[]): EventDraft[] {
  if (drafts.length < 2 || !drafts.some((d) => BARE_ANSWERS.has(d.match.trigger.pattern))) return drafts;
  const answered = new Map<EventDraft, EventDraft>();
  for (const d of drafts) {
    const means = BARE_ANSWERS.has(d.match.trigger.pattern) ? meansOf(d, drafts) : undefined;
    if (means) answered.set(means, d);
  }
  if (answered.size === 0) return drafts;
  const dropped = new Set(answered.values());
  return drafts
    .filter((d) => !dropped.has(d))
    .map((d) => {
      // "retaliated on Friday by expelling": the answer's day is its means'.
      const answer = answered.get(d);
      return answer && d.date.precision === 'unknown' && answer.date.precision !== 'unknown'
        ? { ...d, date: answer.date, dateSpan: answer.dateSpan }
        : d;
    });
}

function meansOf(answer: EventDraft, drafts: EventDraft[]): EventDraft | undefined {
  const end = answer.match.tokenEnd;
  return drafts.find(
    (d) =>
      d !== answer &&
      d.sentence === answer.sentence &&
      d.match.tokenStart > end &&
      d.match.tokenStart - end <= 5 &&
      answer.tokens[d.match.tokenStart - 1]?.lower === 'by' &&
      d.source.length > 0,
  );
}
