import type { DateExpression } from './date-expressions.ts';
import type { ResolvedDate } from './resolve-date.ts';

// News says "overnight" of the night just gone before the report. When the sentence names the day of the report
// ("struck Port Sudan overnight, the army said on Sunday", "On Monday, Israel said ... overnight"), that is the
// night into the day of the report, not into the day of publication, which may come days later.

/** The date of an act done "overnight", counted from the day its report was made when the sentence names it. */
export function nightBeforeReport(
  date: ResolvedDate,
  expression: DateExpression | null,
  statementDate: ResolvedDate | null,
): ResolvedDate {
  if (expression?.meaning.kind !== 'overnight' || statementDate?.precision !== 'day' || !statementDate.date)
    return date;
  return {
    date: statementDate.date,
    precision: 'day',
    basis: `"${expression.text}", the night into the day it was reported, ${statementDate.date}`,
  };
}
