import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.ts';

/**
 * What a date expression says, before it is resolved against a publication date and tense. `tense` is set
 * when the verb the expression attaches to fixes it ("agreed on Friday to ban": Friday is the agreeing, in
 * the past) and then wins over the tense of the event it is given to.
 */
export type DateMeaning = BaseMeaning & { tense?: 'past' | 'future' };

type BaseMeaning =
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | 'by' | null }
  | { kind: 'relative-day'; offset: number }
  | { kind: 'ago'; amount: number; unit: 'day' | 'week' | 'month' | 'year' }
  | { kind: 'week'; offset: number }
  | { kind: 'weekend'; offset: number }
  | { kind: 'within'; unit: 'day' | 'week' | 'month' }
  | { kind: 'month-relative'; offset: number }
  | { kind: 'year-relative'; offset: number }
  | { kind: 'calendar'; year: number | null; month: number; day: number | null }
  | { kind: 'year'; year: number }
  | { kind: 'same-day' }
  | { kind: 'overnight' }
  | { kind: 'anniversary' }
  | { kind: 'day-offset'; days: number; week?: true }
  | { kind: 'relation'; amount: number; unit: 'day' | 'week' | 'month'; sign: -1 | 1 }
  | { kind: 'shifted'; base: DateMeaning; days: number; week?: true };

/** A date expression found in text, with offsets into the article. */
export type DateExpression = { text: string; start: number; end: number; meaning: DateMeaning };

const WEEKDAY = `(${WEEKDAY_NAMES.join('|')})`;
const MONTH = `(${MONTH_NAMES.join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  several: 3,
  few: 3,
  'a few': 3,
};
const AMOUNT = `(\\d{1,2}|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)`;

/** "in|by" -> "in|In|by|By": case-insensitive prepositions before case-sensitive month names. */
function anyCase(words: string): string {
  return words
    .split('|')
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
    .join('|');
}

/**
 * A rule; `needs` are cheap tests any text it matches passes (all of them), so the pattern is run only where it may
 * match. Each test is run once per text, however many rules need it.
 */
type Rule = { pattern: RegExp; meaning: (m: RegExpExecArray) => DateMeaning | null; needs?: RegExp[] };

// Most sentences name no date: quick scans (a digit, a month's name, a unit word, which every weekday name
// contains) rule out most of the patterns below before their longer alternations are tried.
const DIGIT = /\d/;
const MONTH_NAME = new RegExp(MONTH);
const UNIT_WORD = /day|week|month|year/i;
const NIGHT_OR_FEAST = /overnight|New Year|Christmas|anniversary/i;
// A unit word is in most sentences ("Monday", "today"): each relative pattern also needs its own unit, or the
// word that ends it, so that "on Monday" no longer runs the week, month, year and "ago" patterns too.
const DAY = /day/i;
const WEEK = /week/i;
const WEEKEND = /weekend/i;
const MONTH_WORD = /month/i;
const YEAR_WORD = /year/i;
const AGO = /ago/i;
const AFTER_OR_BEFORE = /after|before/i;
const EARLIER_OR_AGO = /earlier|ago/i;
const WITHIN_OR_COMING = /within|coming|next|few|several/i;

const monthIndex = (name: string): number => {
  const key = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
};
const weekdayIndex = (name: string): number => WEEKDAY_NAMES.indexOf(name);
const unitOf = (u: string): 'day' | 'week' | 'month' | 'year' =>
  u.startsWith('day') ? 'day' : u.startsWith('week') ? 'week' : u.startsWith('month') ? 'month' : 'year';
const offsetOf = (w: string | undefined): number => {
  const word = (w ?? 'this').toLowerCase();
  return word === 'last' || word === 'past' || word === 'previous' ? -1 : word === 'next' || word === 'coming' ? 1 : 0;
};

// Order matters: longer, more specific expressions first; overlapping later matches are dropped.
const RULES: Rule[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    meaning: (m) => ({ kind: 'calendar', year: +m[1]!, month: +m[2]!, day: +m[3]! }),
    needs: [DIGIT],
  },
  {
    pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'g'),
    meaning: (m) => ({ kind: 'calendar', year: m[3] ? +m[3] : null, month: monthIndex(m[1]!), day: +m[2]! }),
    needs: [DIGIT],
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? (\\d{4}))?\\b`, 'g'),
    meaning: (m) => ({ kind: 'calendar', year: m[3] ? +m[3] : null, month: monthIndex(m[2]!), day: +m[1]! }),
    needs: [MONTH_NAME],
  },
  {
    pattern: new RegExp(
      `\\b(?:(?:${anyCase('in|since|until|by|from|during|early|late|last|this|next')}) |(?:${anyCase('at the end of|at the start of|at the beginning of|by the end of|the end of|the start of|mid')})[ -])${MONTH}(?:,? (\\d{4}))?\\b`,
      'g',
    ),
    meaning: (m) => calendarMonth(m[1]!, m[2]),
    needs: [MONTH_NAME],
  },
  { pattern: new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g'), meaning: (m) => calendarMonth(m[1]!, m[2]), needs: [DIGIT] },
  {
    pattern: /\b(?:in|since|until|during|by|from|early|late) ((?:19|20)\d{2})\b/g,
    meaning: (m) => ({ kind: 'year', year: +m[1]! }),
    needs: [DIGIT],
  },
  {
    pattern: /\b(?:(?:earlier|later) )?(?:that|the same) (?:day|evening|night|morning|afternoon)\b/gi,
    meaning: () => ({ kind: 'same-day' }),
  },
  {
    // "overnight into Wednesday": the night that ends on the day named.
    pattern: new RegExp(`\\bovernight (?:into|to|on) ${WEEKDAY}\\b`, 'gi'),
    meaning: (m) => ({ kind: 'weekday', weekday: weekdayIndex(cap(m[1]!)), modifier: null }),
    needs: [NIGHT_OR_FEAST],
  },
  { pattern: /\bovernight\b/gi, meaning: () => ({ kind: 'overnight' }), needs: [NIGHT_OR_FEAST] },
  {
    // Feasts with a fixed day resolve like a month and day without a year.
    pattern: /\b(?:New Year['’]s (Day|Eve)|Christmas (Day|Eve))\b/g,
    meaning: (m) =>
      m[1]
        ? { kind: 'calendar', year: null, month: m[1] === 'Eve' ? 12 : 1, day: m[1] === 'Eve' ? 31 : 1 }
        : { kind: 'calendar', year: null, month: 12, day: m[2] === 'Eve' ? 24 : 25 },
    needs: [NIGHT_OR_FEAST],
  },
  {
    // "on the third anniversary of the invasion": a day the text names without giving it.
    pattern: /\b(?:on|marking|to mark) the (?:[a-z]+(?:-[a-z]+)? )?anniversary of\b/gi,
    meaning: () => ({ kind: 'anniversary' }),
    needs: [NIGHT_OR_FEAST],
  },
  {
    pattern: new RegExp(
      `\\b(?:(last|next|this|by|until|before|on|On) )?${WEEKDAY}(?:'s|’s)?(?: (?:night|evening|morning|afternoon))?\\b`,
      'g',
    ),
    meaning: (m) => ({ kind: 'weekday', weekday: weekdayIndex(m[2]!), modifier: weekdayModifier(m[1]) }),
    needs: [DAY],
  },
  { pattern: /\b(yesterday|today|tonight|tomorrow)\b/gi, meaning: (m) => relativeDay(m[1]!) },
  { pattern: /\blast night\b/gi, meaning: () => ({ kind: 'relative-day', offset: -1 }) },
  { pattern: /\bthis (?:morning|afternoon|evening)\b/gi, meaning: () => ({ kind: 'relative-day', offset: 0 }) },
  {
    // "a day earlier", "two days later", "the next day": counted from the day named before it; "a week earlier"
    // too, as the week it falls in (a week is seldom exactly seven days).
    pattern: new RegExp(`\\b(?:${AMOUNT} (days?|weeks?) (earlier|later)|the (next|following|previous) (day))\\b`, 'gi'),
    meaning: (m) => {
      if (!m[1]) return { kind: 'day-offset', days: m[4]!.toLowerCase() === 'previous' ? -1 : 1 };
      const week = m[2]!.toLowerCase().startsWith('week');
      const days = (NUMBER_WORDS[m[1].toLowerCase()] ?? +m[1]) * (week ? 7 : 1);
      const signed = days * (m[3]!.toLowerCase() === 'earlier' ? -1 : 1);
      return week ? { kind: 'day-offset', days: signed, week: true } : { kind: 'day-offset', days: signed };
    },
    needs: [DAY],
  },
  {
    // "... the day before." closing a clause is "the previous day"; "the day before the talks" relates to an event.
    pattern: /\bthe day before(?=\s*(?:[,.;:)]|$|and\b|but\b|as\b|while\b|when\b))/gi,
    meaning: () => ({ kind: 'day-offset', days: -1 }),
    needs: [DAY],
  },
  {
    pattern: new RegExp(`\\b${AMOUNT} (days?|weeks?|months?|years?) ago\\b`, 'gi'),
    meaning: (m) => ({ kind: 'ago', amount: NUMBER_WORDS[m[1]!.toLowerCase()] ?? +m[1]!, unit: unitOf(m[2]!) }),
    needs: [UNIT_WORD, AGO],
  },
  {
    // "three days after the strikes", "a week before the vote": how far one event lies from another, not a
    // date of its own; the event named after it is dated from the main clause's date (pick-date.ts).
    pattern: new RegExp(`\\b(?:just |only |almost |nearly )?${AMOUNT} (days?|weeks?|months?) (after|before)\\b`, 'gi'),
    meaning: (m) => relation(NUMBER_WORDS[m[1]!.toLowerCase()] ?? +m[1]!, m[2]!, m[3]!),
    needs: [UNIT_WORD, AFTER_OR_BEFORE],
  },
  {
    pattern: /\b(?:just |only |a few |several )?(days|weeks|months) (after|before)\b/gi,
    meaning: (m) => relation(3, m[1]!, m[2]!),
    needs: [UNIT_WORD, AFTER_OR_BEFORE],
  },
  {
    pattern: /\b(?:just |only |a few |several )?(days|weeks|months) (?:earlier|ago)\b/gi,
    meaning: (m) => ({ kind: 'ago', amount: 3, unit: unitOf(m[1]!) }),
    needs: [UNIT_WORD, EARLIER_OR_AGO],
  },
  {
    pattern:
      /\b(?:within|in) (?:the )?(?:coming|next|next few|next couple of|few|a few|several) ?(days|weeks|months)\b|\bwithin (days|weeks|months)\b/gi,
    meaning: (m) => ({ kind: 'within', unit: unitOf(m[1] ?? m[2]!) as 'day' | 'week' | 'month' }),
    needs: [UNIT_WORD, WITHIN_OR_COMING],
  },
  {
    pattern:
      /\b(?:(?:earlier|later|the end of|end of|by the end of|at the end of) )?(this|last|next|the past|the coming|the previous) week\b/gi,
    meaning: (m) => ({ kind: 'week', offset: offsetOf(m[1]!.replace(/^the /, '')) }),
    needs: [WEEK],
  },
  {
    pattern: /\b(?:by |at )?the end of the week\b|\blater in the week\b/gi,
    meaning: () => ({ kind: 'week', offset: 0 }),
    needs: [WEEK],
  },
  {
    // "before the weekend", "by the weekend": a deadline within the week.
    pattern: /\b(?:before|by) the weekend\b/gi,
    meaning: () => ({ kind: 'week', offset: 0 }),
    needs: [WEEKEND],
  },
  {
    pattern: /\b(this past|this|last|next|the) weekend\b/gi,
    meaning: (m) =>
      /^this past$/i.test(m[1]!)
        ? { kind: 'weekend', offset: 0, tense: 'past' }
        : { kind: 'weekend', offset: offsetOf(m[1] === 'the' ? 'this' : m[1]) },
    needs: [WEEKEND],
  },
  {
    pattern: /\b(?:(?:earlier|later) )?(this|last|next|the past|the previous) month\b/gi,
    meaning: (m) => ({ kind: 'month-relative', offset: offsetOf(m[1]!.replace(/^the /, '')) }),
    needs: [MONTH_WORD],
  },
  {
    pattern: /\b(this|last|next) year\b/gi,
    meaning: (m) => ({ kind: 'year-relative', offset: offsetOf(m[1]) }),
    needs: [YEAR_WORD],
  },
];

function relation(amount: number, unit: string, word: string): DateMeaning | null {
  const u = unitOf(unit);
  if (u === 'year') return null;
  return { kind: 'relation', amount, unit: u, sign: word.toLowerCase() === 'after' ? 1 : -1 };
}

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase();

function calendarMonth(name: string, year: string | undefined): DateMeaning {
  return { kind: 'calendar', year: year ? +year : null, month: monthIndex(name), day: null };
}

function weekdayModifier(word: string | undefined): 'last' | 'next' | 'this' | 'by' | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'last') return 'last';
  if (w === 'next') return 'next';
  if (w === 'this') return 'this';
  if (w === 'by' || w === 'until' || w === 'before') return 'by';
  return null;
}

function relativeDay(word: string): DateMeaning {
  const w = word.toLowerCase();
  return { kind: 'relative-day', offset: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 };
}

/** Finds date expressions in `text` (a sentence starting at `offset` in the article). */
export function findDateExpressions(text: string, offset = 0): DateExpression[] {
  const found: DateExpression[] = [];
  const passed = new Map<RegExp, boolean>();
  for (const rule of RULES) {
    if (rule.needs && !passesAll(rule.needs, text, passed)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start - offset < end && start < f.end - offset)) continue;
      const meaning = rule.meaning(m);
      if (meaning && isPlausible(meaning))
        found.push({ text: m[0], start: offset + start, end: offset + end, meaning });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function passesAll(tests: RegExp[], text: string, passed: Map<RegExp, boolean>): boolean {
  for (const test of tests) if (!passes(test, text, passed)) return false;
  return true;
}

/** Whether `text` passes a rule's quick test, each test run once per text. */
function passes(test: RegExp, text: string, passed: Map<RegExp, boolean>): boolean {
  let result = passed.get(test);
  if (result === undefined) passed.set(test, (result = test.test(text)));
  return result;
}

function isPlausible(meaning: DateMeaning): boolean {
  if (meaning.kind === 'calendar') return meaning.month >= 1 && (meaning.day === null || meaning.day <= 31);
  return true;
}
