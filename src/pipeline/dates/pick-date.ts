import type { TriggerMatch } from '../events/find-triggers.ts';
import { introducesSaying, isClauseBoundary, REPORTING_VERBS } from '../text/clauses.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import { startDateOf } from './begun-events.ts';
import { asideDatesTrigger, dateKeptInAside, relativeAsideAround } from './relative-aside-dates.ts';
import { possessiveDates } from './possessive-dates.ts';
import type { DateExpression } from './date-expressions.ts';
import { countsDaysToNow } from './day-counts.ts';
import { datesVerbOfObject } from './object-nouns.ts';
import { anchorsRelation } from './relation-anchors.ts';
import { inGap, ownsToken } from '../text/adjunct-infinitives.ts';
import { opensSimultaneousClause, sharesSimultaneousDate } from './simultaneous-clauses.ts';

// Words that open a subordinate clause: a date beyond them belongs to that clause's own verb.
// Only openers that move time do: "as", "while" and "where" clauses share the main clause's time.
const CLAUSE_OPENERS = new Set(['since', 'after', 'before', 'when', 'until']);

// "PORT ALDER, March 30 (Meridian Wire) —": a dateline gives the filing date, not an event's date.
const DATELINE = /^[\p{Lu}][\p{Lu} .'-]+,\s*(.{3,25}?)\s*(?:\([^)]{2,40}\))?\s*[—–-]/u;

/** Drops the date of a dateline opening the sentence. */
export function withoutDateline(dates: DateExpression[], sentence: Sentence): DateExpression[] {
  const m = DATELINE.exec(sentence.text);
  if (!m) return dates;
  const end = sentence.start + m[0].length;
  return dates.filter((d) => d.start >= end);
}

/**
 * "met in Argyle on Thursday and agreed ...": a date right before "and" and a later verb dates the verbs it
 * joins, so the nearer one does not take it from the first.
 */
function coordinatedAfter(
  other: TriggerMatch,
  d: DateExpression,
  dateEnd: number,
  tokens: Token[],
  match: TriggerMatch,
): boolean {
  if (other.tokenStart < dateEnd || match.tokenEnd > dateEnd) return false;
  const between = tokens.slice(dateEnd, other.tokenStart).map((t) => t.lower);
  return (
    between.length >= 1 && between.length <= 2 && between[0] === 'and' && d.start >= tokens[match.tokenEnd - 1]!.end
  );
}

// "before dawn on Friday", "after midnight": a time of day, not another event.
const TIMES_OF_DAY = new Set(['dawn', 'daybreak', 'midnight', 'noon', 'sunrise', 'sunset', 'dark', 'nightfall']);
// "has been negotiating since April", "attacks have continued since May": a clause that runs up to now.
const RUNNING = new Set(['has', 'have', 'had', "'ve", 'been', 'continued', 'continues', 'continuing', 'still']);
// "the first visit since 2019", "the heaviest shelling since May": since measures a record, not a start.
const RECORD = new Set(['first', 'only', 'biggest', 'largest', 'highest', 'lowest', 'worst', 'deadliest', 'heaviest']);

/**
 * "since 2022", "after a dinner on Monday", "until January 20": a date inside such a phrase is a point the
 * event is measured from, or another event's date, not the event's own. Not when the event is the one
 * inside the phrase ("after meeting in Riyadh on Tuesday"), when the word only heads a time of day
 * ("before dawn on Friday"), nor when "since" heads the date of a clause that runs up to now: that date
 * is when the event began ("have been negotiating since April").
 */
function referencePoint(i: number, tokens: Token[], match: TriggerMatch, d: DateExpression): boolean {
  for (let k = i; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    if (CLAUSE_OPENERS.has(t.lower)) {
      if (k < match.tokenStart && match.tokenStart <= i) return false;
      // "agreed after meeting in Riyadh on Tuesday to": the verb's own circumstance, which it happened at.
      if (inGap(match, k)) return false;
      if (TIMES_OF_DAY.has(tokens[k + 1]?.lower ?? '')) return false;
      if (k === i && d.meaning.kind === 'week') return false; // "before the weekend": a deadline
      if (t.lower === 'since' && headsDate(k, i, tokens)) return !runsSince(i, tokens, match);
      return true;
    }
    if (k < i && (!t.isWord || t.pos === 'VERB' || t.pos === 'AUX')) return false;
  }
  return false;
}

// "shortly after a rally on Thursday", "hours after the vote on Monday": an event this close to another one
// happened on its day (a day's precision cannot tell them apart), so that date is the event's too.
const SAME_DAY_LEADS = new Set(['shortly', 'soon', 'briefly', 'hours', 'minutes', 'moments', 'just', 'immediately']);
const SAME_DAY_OPENERS = new Set(['after', 'before']);

/**
 * Whether the date at `i` is in an after/before phrase that a same-day word leads ("detained ... shortly after a
 * rally in Caracas on Thursday") and that follows `match` with no other verb between them.
 */
function sameDayReference(i: number, tokens: Token[], match: TriggerMatch, all: TriggerMatch[]): boolean {
  for (let k = i - 1; k >= Math.max(match.tokenEnd + 1, i - 8); k--) {
    if (!SAME_DAY_OPENERS.has(tokens[k]!.lower)) continue;
    if (!SAME_DAY_LEADS.has(tokens[k - 1]!.lower)) return false;
    return noVerbBetween(match.tokenEnd, k - 1, tokens, all) && noVerbBetween(k + 1, i, tokens, all, true);
  }
  return false;
}

/** No verb stands between two positions (a trigger's words count as verbs unless `nounTriggers` lets them by). */
function noVerbBetween(from: number, to: number, tokens: Token[], all: TriggerMatch[], nounTriggers = false): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isClauseBoundary(t, tokens[k + 1])) return false;
    if (!nounTriggers && all.some((m) => covers(m, k))) return false;
  }
  return true;
}

/** Whether the date at `i` is headed by "since" in a clause that runs up to now. */
function runningStart(i: number, tokens: Token[], match: TriggerMatch, clause: [number, number]): boolean {
  if (i < clause[0] || i >= clause[1]) return false;
  for (let k = i; k >= Math.max(clause[0], i - 3); k--)
    if (tokens[k]!.lower === 'since') return headsDate(k, i, tokens) && runsSince(i, tokens, match);
  return false;
}

/** "since April", "since early August": the word heads the date itself. */
function headsDate(k: number, i: number, tokens: Token[]): boolean {
  for (let j = k + 1; j < i; j++) if (!DATE_MODIFIERS.has(tokens[j]!.lower)) return false;
  return true;
}
const DATE_MODIFIERS = new Set(['early', 'late', 'mid', 'the', 'end', 'of', 'start']);

function runsSince(i: number, tokens: Token[], match: TriggerMatch): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (RECORD.has(tokens[k]!.lower)) return false;
  // No other verb between, but a gerund after a preposition ("cooperated on recognising plates since").
  for (let k = match.tokenEnd; k < i; k++)
    if (tokens[k]!.pos === 'VERB' && !RUNNING.has(tokens[k]!.lower) && tokens[k - 1]?.pos !== 'ADP') return false;
  // The running verb is the event's own: its auxiliary right before it ("have been negotiating"), or the
  // verb its noun is the subject of ("attacks on tankers have continued"), not another clause's ("a guard it
  // has held since February").
  for (let k = match.tokenStart - 1; k >= Math.max(0, match.tokenStart - 3); k--) {
    if (RUNNING.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.pos !== 'AUX' && tokens[k]!.pos !== 'ADV') break;
  }
  for (let k = match.tokenEnd; k < i; k++) {
    const t = tokens[k]!;
    if (RUNNING.has(t.lower)) return true;
    if (t.pos === 'PRON' || t.pos === 'VERB' || isClauseBoundary(t, tokens[k + 1])) return false;
  }
  return false;
}

// Events that are themselves words: a rejection, an accusation, a demand or a warning happens when it is said.
const SPEECH_ACTS = new Set(['REJECT', 'ACCUSE', 'REQUEST', 'THREATEN', 'SUPPORT']);
// A promise is made when it is said too ("Norway promised to fund ..., its minister said on Friday"), and so is
// an acceptance a party announces of its own ("the delegation said on Tuesday it accepted the proposal"), unless
// told as done before the saying ("said Kyiv had accepted").
const COMMITMENT = /^(promis|pledg|vow|offer|commit|undert)/;
const ACCEPTANCE = /^accept/;

function speechAct(match: TriggerMatch, tokens: Token[]): boolean {
  if (SPEECH_ACTS.has(match.trigger.type)) return true;
  if (match.trigger.type !== 'AGREE') return false;
  const word = tokens[match.tokenStart]?.lower ?? '';
  return COMMITMENT.test(word) || (ACCEPTANCE.test(word) && tokens[match.tokenStart - 1]?.lower !== 'had');
}

/** A date between a verb of saying in the past and the clause it introduces ("said on Monday that ..."). */
function framedBySaying(
  d: DateExpression,
  tokens: Token[],
  clause: [number, number],
  at: (offset: number) => number,
): boolean {
  if (clause[0] - at(d.end) <= 1)
    for (let k = at(d.start) - 1; k >= Math.max(0, at(d.start) - 3); k--)
      if (introducesSaying(tokens[k]!.lower)) return !PRESENT_SAYING.test(tokens[k]!.lower);
  return tokens.slice(at(d.end), clause[0]).some((t) => introducesSaying(t.lower) && !PRESENT_SAYING.test(t.lower));
}
const PRESENT_SAYING =
  /^(say|says|tells|states|adds|announces|claims|insists|notes|believes|believe|reports|maintains)$/;

const PRESENT_STATE = new Set(['is', 'are', 'remain', 'remains', 'continue', 'continues', 'underway', 'ongoing']);

/** "talks are progressing", "an effort is underway", "were progressing" (reported): a state, not an act. */
function reportedState(tokens: Token[], clause: [number, number]): boolean {
  for (let k = clause[0]; k < clause[1]; k++) {
    const w = tokens[k]!.lower;
    if (PRESENT_STATE.has(w)) return true;
    const next = tokens[k + 1]?.isWord ? tokens[k + 1] : tokens[k + 2];
    if ((w === 'was' || w === 'were') && next?.lower.endsWith('ing')) return true;
  }
  return false;
}

/**
 * "Iran rejected the talks, its spokesman said on Monday": the day of saying dates a speech act, and an act
 * counted in days up to the saying ("clashed for a third night, the army said on Sunday").
 */
function saidOn(i: number, tokens: Token[], match: TriggerMatch, clause: [number, number]): boolean {
  if (!speechAct(match, tokens) && !countsDaysToNow(tokens, clause)) return false;
  return REPORTING_VERBS.has(tokens[clause[1]]?.lower ?? '') && i - clause[1] <= 3;
}

/**
 * "Having argued with Trump in the Oval Office, Zelensky left the White House on Friday": a perfect participle
 * opening the sentence, with no date of its own, happened on the day of the main clause it leads into.
 */
function datesPerfectOpener(i: number, tokens: Token[], match: TriggerMatch): boolean {
  const having = match.tokenStart - 1;
  if (tokens[having]?.lower !== 'having' || having > 1) return false;
  const comma = tokens.findIndex((t, k) => k >= match.tokenEnd && t.text === ',');
  if (comma < 0 || i <= comma) return false;
  for (let k = comma + 1; k < i; k++)
    if (isClauseBoundary(tokens[k]!, tokens[k + 1]) || tokens[k]!.text === ',') return false;
  return true;
}

// A circumstance a trigger skipped ("agreed [after talks on Tuesday] to") is not its own: its date is the talks'.
const covers = (t: TriggerMatch, k: number) => ownsToken(t, k);

/**
 * The trigger a date expression modifies, read leftwards: an adverbial of time follows the verb or noun it
 * dates ("met Erdogan in Istanbul on Sunday to thank ...", "the meeting in Busan on Thursday ended"), so
 * the nearest trigger before it in its clause owns it, unless a verb that is no trigger stands between
 * ("drones that crossed ... on Wednesday"). Null when nothing before it owns it (a date opening the
 * sentence or standing after an aside right before its verb): then the nearest trigger does.
 */
function leftOwner(i: number, end: number, tokens: Token[], all: TriggerMatch[]): TriggerMatch | null {
  const inside = all.find((t) => covers(t, i));
  if (inside) return inside;
  // "Trump, who met Putin in Alaska, on Friday imposed ...": after an aside, a date right before a verb is
  // that verb's ("the meeting in Sochi on Friday ended" is the meeting's).
  const next = tokens[end];
  const verbNext = next && (next.pos === 'VERB' || next.pos === 'AUX' || all.some((t) => t.tokenStart === end));
  if (verbNext && tokens[i - 1]?.text === ',') return null;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const owner = all.find((m) => covers(m, k));
    if (owner) return owner;
    if (t.pos === 'VERB') return nounSubject(k, tokens, all);
    if (isClauseBoundary(t, tokens[k + 1])) return null;
  }
  return null;
}

/**
 * "The strikes on Odesa, which Kyiv condemned on Friday, continued on Monday": the event noun whose clause a
 * relative aside between commas cuts off is the subject of the verb the date follows.
 */
function subjectPastAside(
  i: number,
  end: number,
  tokens: Token[],
  match: TriggerMatch,
  all: TriggerMatch[],
  clause: [number, number],
): boolean {
  if (!RELATIVE_OPENERS.has(tokens[clause[1]]?.lower ?? '') || tokens[clause[1] - 1]?.text !== ',') return false;
  return leftOwner(i, end, tokens, all) === match;
}

/**
 * "Talks between A and B in Doha, mediated by Qatar, ended on Sunday": an event noun that is the subject of
 * the verb a date follows owns the date. A parenthetical between commas is skipped.
 */
function nounSubject(verb: number, tokens: Token[], all: TriggerMatch[]): TriggerMatch | null {
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  for (; k >= Math.max(0, verb - 15); k--) {
    const t = tokens[k]!;
    if (t.text === ',') {
      let open = k - 1;
      // ", which Qatar mediated,": a relative clause between commas is an aside too.
      const relative = (j: number) => RELATIVE_OPENERS.has(tokens[j]!.lower) && tokens[j - 1]?.text === ',';
      while (open >= 0 && tokens[open]!.text !== ',' && (!isClauseBoundary(tokens[open]!) || relative(open))) open--;
      if (open < 0 || tokens[open]!.text !== ',') return null;
      k = open;
      continue;
    }
    const owner = all.find((m) => covers(m, k));
    if (owner) return owner.trigger.isNoun || tokens[owner.tokenStart]!.pos === 'NOUN' ? owner : null;
    if (t.pos === 'VERB' || isClauseBoundary(t, tokens[k + 1])) return null;
  }
  return null;
}

// "signed ... during the president's visit to Kyiv on Thursday", "at a ceremony hosted by Trump on Friday":
// the occasion a date is given for is the setting of the event, which shares its day.
const OCCASION = new Set(['during', 'at']);
const STOPS = new Set([
  'who',
  'which',
  'that',
  'while',
  'as',
  'after',
  'before',
  'since',
  'when',
  'because',
  'but',
  'until',
  ';',
]);
const FUTURE_BEFORE = new Set(['will', 'would', 'to', "'ll", 'shall', 'may', 'might', 'could', 'should', 'must']);
const GOAL = new Set([
  'bid',
  'effort',
  'attempt',
  'order',
  'hope',
  'hoping',
  'aim',
  'aiming',
  'seeking',
  'trying',
  'bids',
]);
const PERFECT_OR_PASSIVE = new Set(['has', 'have', 'had', 'was', 'were', 'been']);

/** Whether the words between two token positions hold no verb of their own (a trigger's words do not count). */
function noOtherVerb(from: number, to: number, tokens: Token[], all: TriggerMatch[], asides = false): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // ", chaired by the EU,": an aside between commas is skipped when asked.
    if (asides && t.text === ',') {
      const close = tokens.findIndex((u, j) => j > k && j < to && u.text === ',');
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (STOPS.has(t.lower)) return false;
    if (t.pos === 'VERB' && !all.some((m) => covers(m, k))) return false;
  }
  return true;
}

/**
 * Whether `match` shares the date its `owner` has: a verb joined by "and" right after the date, an
 * infinitive or a participle after it ("rallied on Sunday to demand", "agreed on Thursday to ban", "hit back
 * on Friday ..., accusing"), a noun event that is the subject of the owning verb ("sanctions were reimposed
 * on Saturday"), or an event whose occasion the owner names ("signed ... during a visit ... on Thursday").
 */
function sharesDate(
  match: TriggerMatch,
  owner: TriggerMatch,
  d: DateExpression,
  dateEnd: number,
  tokens: Token[],
  all: TriggerMatch[],
): boolean {
  if (coordinatedAfter(match, d, dateEnd, tokens, owner)) return true;
  if (match.tokenStart >= dateEnd) {
    const between = tokens.slice(dateEnd, match.tokenStart).map((t) => t.lower);
    // "Meeting al-Sharaa in Riyadh on Wednesday, Trump urged ...", "During a visit to Oslo on Monday, she
    // signed ...": a participle or occasion opening the sentence shares the main clause's time.
    const first = tokens[0]!.lower;
    const fronted = OCCASION.has(first) || (owner.tokenStart === 0 && first.endsWith('ing'));
    if (fronted && between.includes(',')) return true;
    if (!noOtherVerb(dateEnd, match.tokenStart, tokens, all)) return false;
    const before = tokens[match.tokenStart - 1]?.lower;
    // "in a bid to finalize", "with a pledge to release": what a noun aims at is not done on its day.
    const to = between.indexOf('to');
    const head = tokens[dateEnd + to - 1];
    if (to > 0 && head && (head.pos === 'NOUN' || GOAL.has(head.lower))) return false;
    if (before === 'to' || (before === 'and' && to >= 0)) return true;
    // "arrived on Monday for talks": the purpose of a visit, on its day.
    if (between[0] === 'for' && match.trigger.isNoun && match.trigger.type === 'CONSULT') return true;
    // "ended in Muscat on Saturday with an agreement to meet again": the outcome, on the day.
    if ((between[0] ?? tokens[match.tokenStart]!.lower) === 'with' && match.trigger.isNoun) return true;
    return tokens[match.tokenStart]!.lower.endsWith('ing') && between.includes(',');
  }
  if (match.tokenEnd > owner.tokenStart || !noOtherVerb(match.tokenEnd, owner.tokenStart, tokens, all, true))
    return false;
  const ownerWord = tokens[owner.verbToken ?? owner.tokenStart]!;
  const matchWord = tokens[match.tokenStart]!;
  const nounMatch = match.trigger.isNoun || tokens[match.verbToken ?? match.tokenStart]!.pos === 'NOUN';
  if (nounMatch && ownerWord.pos === 'VERB' && match.tokenStart < (owner.verbToken ?? owner.tokenStart)) return true;
  if (!owner.trigger.isNoun && !(ownerWord.pos === 'VERB' && ownerWord.lower.endsWith('ed'))) return false;
  for (let k = owner.tokenStart - 1; k >= match.tokenEnd; k--) {
    const w = tokens[k]!;
    if (OCCASION.has(w.lower)) return matchWord.pos !== undefined;
    if (w.pos === 'ADP' && w.lower !== 'of' && w.lower !== 'by') return false;
  }
  return false;
}

// Past forms that do not end in -ed, among the verbs that follow an event noun ("the call ... lasted",
// "the talks ... began").
const IRREGULAR_PAST = new Set([
  'began',
  'went',
  'took',
  'broke',
  'ran',
  'came',
  'fell',
  'met',
  'held',
  'saw',
  'left',
  'sent',
  'flew',
  'drove',
  'brought',
  'gave',
  'made',
  'set',
  'put',
]);

/**
 * "Trump's phone call with Putin on Wednesday, their first since 2022, lasted ninety minutes": an event noun
 * has no tense of its own; the verb it is the subject of gives its date one (asides between commas skipped).
 */
function withNounTense(
  d: DateExpression,
  match: TriggerMatch,
  tokens: Token[],
  clause: [number, number],
): DateExpression {
  if (!match.trigger.isNoun || d.meaning.tense) return d;
  for (let k = match.tokenEnd; k < clause[1]; k++) {
    const t = tokens[k]!;
    if (t.text === ',') {
      const close = tokens.findIndex((u, j) => j > k && j < clause[1] && u.text === ',');
      if (close < 0) return d;
      k = close;
      continue;
    }
    if (t.pos === 'AUX') return ['was', 'were', 'had'].includes(t.lower) ? past(d) : d;
    if (t.pos === 'VERB') return t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower) ? past(d) : d;
  }
  return d;
}

const past = (d: DateExpression): DateExpression => ({ ...d, meaning: { ...d.meaning, tense: 'past' } });

// Verbs whose object is asked or made to act: what follows "to" is still to come ("urged Iran to talk on Friday").
const CAUSING = new Set([
  'urged',
  'asked',
  'pressed',
  'called',
  'told',
  'ordered',
  'invited',
  'encouraged',
  'allowed',
  'persuaded',
  'forced',
  'wanted',
  'expected',
  'needed',
  'authorised',
  'authorized',
  'instructed',
  'directed',
]);
const OBJECT_START = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'PRON']);

/**
 * "Thailand sent F-16 jets to strike Cambodian targets on Thursday": an infinitive of purpose after a verb in
 * the past and its object happened then, whatever the infinitive's own reading (hypothetical, future).
 */
function withPurposeTense(
  d: DateExpression,
  match: TriggerMatch,
  tokens: Token[],
  all: TriggerMatch[],
): DateExpression {
  if (d.meaning.tense || tokens[match.tokenStart - 1]?.lower !== 'to') return d;
  for (let k = match.tokenStart - 2; k >= Math.max(0, match.tokenStart - 10); k--) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && !all.some((m) => m.verbToken === k)) continue;
    if (k === match.tokenStart - 2 || !OBJECT_START.has(tokens[k + 1]?.pos ?? '') || CAUSING.has(t.lower)) return d;
    const trigger = all.find((m) => m.verbToken === k);
    const isPast = trigger?.verbForms
      ? trigger.verbForms.includes('past')
      : t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower);
    return isPast && !FUTURE_BEFORE.has(tokens[k - 1]?.lower ?? '') ? past(d) : d;
  }
  return d;
}

/** "an agreement to meet", "in a bid to finalize": an infinitive a noun governs. */
function aimedAt(match: TriggerMatch, tokens: Token[]): boolean {
  const head = tokens[match.tokenStart - 2];
  return tokens[match.tokenStart - 1]?.lower === 'to' && !!head && (head.pos === 'NOUN' || GOAL.has(head.lower));
}

/** The tense the owning verb gives a date it shares ("agreed on Friday to ban": past). */
function tenseOf(owner: TriggerMatch, tokens: Token[]): 'past' | undefined {
  if (owner.verbToken === null || !owner.verbForms) return undefined;
  const prev = tokens[owner.verbToken - 1]?.lower ?? '';
  if (FUTURE_BEFORE.has(prev)) return undefined;
  if (owner.verbForms.includes('past')) return 'past';
  return owner.verbForms.includes('participle') && PERFECT_OR_PASSIVE.has(prev) ? 'past' : undefined;
}

/**
 * "four days after the strikes", with no date of their own: the strikes are dated from the main clause's
 * date, moved by the distance the relation gives.
 */
function shiftedFromMainClause(
  dates: DateExpression[],
  tokens: Token[],
  match: TriggerMatch,
  at: (offset: number) => number,
): DateExpression | null {
  const relationIndex = dates.findIndex((d) => {
    if (d.meaning.kind !== 'relation') return false;
    const end = at(d.end);
    return end <= match.tokenStart && match.tokenStart - end <= 8;
  });
  const relation = dates[relationIndex];
  if (!relation || relation.meaning.kind !== 'relation') return null;
  const anchor = dates.slice(0, relationIndex).findLast((d) => d.meaning.kind !== 'relation');
  // "It came weeks after the president ordered strikes": with no date in the main clause, it is the report's time.
  const { amount, unit } = relation.meaning;
  if (!anchor) return { ...relation, meaning: { kind: 'ago', amount, unit } };
  if (unit === 'month') return null;
  const days = -relation.meaning.sign * relation.meaning.amount * (relation.meaning.unit === 'week' ? 7 : 1);
  return { ...relation, meaning: { kind: 'shifted', base: anchor.meaning, days } };
}

// Words opening a relative clause set off by commas ("Anwar, who chairs ASEAN this year, hosted ...").
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);
const PRESENT_STATE_VERB = /^(is|are|has|have|remains|remain)$/;

/**
 * The tense of the relative clause set off by commas that holds the date at `i`, when the trigger is not part
 * of it; null when the date is in no such aside. "Pashinyan, who leads the party this year, met Aliyev": a
 * present aside states what holds now, and its date is not the main clause's. A past one ("Umerov, who led
 * the team in Istanbul on Friday, accused ...") tells of the same occasion, so its date is a last resort.
 */
function relativeAsideTense(i: number, tokens: Token[], match: TriggerMatch): 'present' | 'past' | null {
  let open = -1;
  for (let k = i - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (RELATIVE_OPENERS.has(t.lower) && tokens[k - 1]!.text === ',') open = k;
    if (open >= 0 || t.text === ',' || isClauseBoundary(t, tokens[k + 1])) break;
  }
  if (open < 0) return null;
  // A relative clause that ends the sentence closes with it ("..., who carried messages on Saturday.").
  const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
  const close = comma >= 0 ? comma : tokens.length;
  if (match.tokenStart <= close && match.tokenEnd > open) return null;
  const verb = tokens.slice(open + 1, i).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const present = verb && (PRESENT_STATE_VERB.test(verb.lower) || (verb.pos === 'VERB' && /[^s]s$/.test(verb.lower)));
  return present ? 'present' : 'past';
}

/**
 * The date expression of a trigger. A date belongs to the trigger it follows in its clause (leftOwner) and
 * is shared with what that trigger governs (sharesDate); a date no trigger before it owns goes to the
 * nearest trigger. An expression in another clause ("since ... in January") dates something else, except
 * the clause of a verb of saying that introduces this one ("Trump said Sunday that talks ..."): then it is
 * the date of the statement. An event inside "N days after ..." with no date of its own is dated from the
 * main clause.
 */
export function pickDateExpression(
  dates: DateExpression[],
  tokens: Token[],
  match: TriggerMatch,
  all: TriggerMatch[],
  clause: [number, number],
): DateExpression | null {
  // Most triggers' sentences name no date: nothing below would pick one (nor shift one from the main clause).
  if (dates.length === 0) return null;
  const at = tokenIndexer(tokens);
  // "Clashes on the border, which erupted on Friday, ...": the event noun's own start.
  const start = startDateOf(dates, tokens, match, at);
  if (start) return start;
  // "condemned Sunday's strike": a possessive date is the day of the noun it determines, and no other trigger's.
  const possessive = possessiveDates(dates, tokens, match, at);
  if (possessive.own) return possessive.own;
  const candidates = dates.filter((d) => usableDate(d, possessive.others, tokens, match, all, clause, at));
  // A date the trigger owns comes before one it shares with the trigger that owns it.
  const mine: DateExpression[] = [];
  const shared = new Set<DateExpression>();
  for (const d of candidates) {
    const i = at(d.start);
    // The day of a trailing "..., officials said on Monday" is the speech act's, whichever trigger stands
    // nearer, and so is that of a leading "said on Monday that ...": the day of saying, in the past.
    if (saidOn(i, tokens, match, clause) || (i < clause[0] && framedBySaying(d, tokens, clause, at))) {
      mine.push({ ...d, meaning: { ...d.meaning, tense: 'past' } });
      continue;
    }
    // "have cooperated on recognising plates since January": the start of what the clause says is running.
    if (runningStart(i, tokens, match, clause)) {
      mine.push({ ...d, meaning: { ...d.meaning, tense: 'past' } });
      continue;
    }
    if (datesPerfectOpener(i, tokens, match)) {
      mine.push(d);
      continue;
    }
    if (sameDayReference(i, tokens, match, all)) {
      shared.add(d);
      mine.push(d);
      continue;
    }
    const owner = leftOwner(i, at(d.end), tokens, all);
    // "Pakistan, which had shelled Indian posts on Sunday, agreed to meet India": the aside keeps its date.
    if (owner && owner !== match && dateKeptInAside(tokens, owner.tokenStart, match.tokenStart)) continue;
    if (owner) {
      if (owner === match) mine.push(withPurposeTense(withNounTense(d, match, tokens, clause), match, tokens, all));
      // "agreed during a meeting in Brussels on Thursday to": the meeting's day is the day of what was agreed at it.
      else if (inGap(match, owner.tokenStart)) {
        mine.push(d);
        shared.add(d);
      }
      // Another report of the same kind of event shares its day ("a meeting ... on Monday, as ... held talks"),
      // but not what a noun aims at ("with an agreement to meet again").
      else if (owner.trigger.type === match.trigger.type && !aimedAt(match, tokens)) mine.push(d);
      else if (sharesDate(match, owner, d, at(d.end), tokens, all)) {
        const tense = tenseOf(owner, tokens);
        const given = tense ? { ...d, meaning: { ...d.meaning, tense } } : d;
        mine.push(given);
        shared.add(given);
      } else if (anchorsRelation(match, owner, d, dates, tokens, at)) {
        const given = past(d);
        mine.push(given);
        shared.add(given);
      } else if (
        datesVerbOfObject(match, owner, i, tokens, all) ||
        sharesSimultaneousDate(match, owner, at(d.end), tokens, all)
      ) {
        const tense = tenseOf(match, tokens);
        const given = tense ? { ...d, meaning: { ...d.meaning, tense } } : d;
        mine.push(given);
        shared.add(given);
      }
      continue;
    }
    if (
      all.every(
        (other) =>
          other === match ||
          dateDistance(match, d, at) <= dateDistance(other, d, at) ||
          other.trigger.type === match.trigger.type ||
          coordinatedAfter(other, d, at(d.end), tokens, match),
      )
    )
      mine.push(d);
  }
  const ranked = mine.sort(
    (a, b) => dateRank(a, shared, tokens, match, at) - dateRank(b, shared, tokens, match, at),
  )[0];
  const picked =
    ranked && !ranked.meaning.tense && isPastDay(at(ranked.start), at(ranked.end), tokens, all) ? past(ranked) : ranked;
  if (picked?.meaning.kind === 'day-offset') {
    // "resumed aid on Tuesday, having halted it a day earlier": counted from the sentence's own day first, the
    // one before it or else the one after it ("X, which had halted aid a week earlier, said on Tuesday ...").
    const own = dates.filter((d) => d !== picked && d.meaning.kind !== 'relation' && d.meaning.kind !== 'day-offset');
    // "A day earlier, ..." opening the sentence counts from the day the article last named instead.
    const opening = at(picked.start) < 3;
    const anchor =
      own.filter((d) => d.end <= picked.start).at(-1) ?? (opening ? undefined : own.find((d) => d.start >= picked.end));
    if (anchor) {
      const { days, week } = picked.meaning;
      return { ...picked, meaning: { kind: 'shifted', base: anchor.meaning, days, ...(week ? { week } : {}) } };
    }
  }
  return picked ?? shiftedFromMainClause(dates, tokens, match, at);
}

// The steps of `pickDateExpression`, as module functions and returned arrows rather than closures declared in it:
// under tsx a named closure costs about a microsecond to make, and it runs for every trigger of a dated sentence.

/** The index of the first token starting at or after an offset, else the token count. */
function tokenIndexer(tokens: Token[]): (offset: number) => number {
  return (offset) => {
    const i = tokens.findIndex((t) => t.start >= offset);
    return i < 0 ? tokens.length : i;
  };
}

/** Whether a date may date the trigger at all: not another noun's possessive day, a point of reference or an aside. */
function usableDate(
  d: DateExpression,
  possessed: ReadonlySet<DateExpression>,
  tokens: Token[],
  match: TriggerMatch,
  all: TriggerMatch[],
  clause: [number, number],
  at: (offset: number) => number,
): boolean {
  if (possessed.has(d)) return false;
  if (d.meaning.kind === 'relation') return false;
  const i = at(d.start);
  if (relativeAsideTense(i, tokens, match) === 'present') return false;
  if (i >= clause[0] && i < clause[1])
    return !referencePoint(i, tokens, match, d) || sameDayReference(i, tokens, match, all);
  // "fired at Kharkiv as Zelensky met Macron on Wednesday": the next clause's date, when it tells the same time.
  if (i >= clause[0])
    return (
      saidOn(i, tokens, match, clause) ||
      opensSimultaneousClause(tokens, clause[1]) ||
      (relativeAsideTense(i, tokens, match) === 'past' &&
        asideDatesTrigger(tokens, i, match.tokenStart, match.tokenEnd)) ||
      subjectPastAside(i, at(d.end), tokens, match, all, clause)
    );
  const between = tokens.slice(at(d.end), clause[0]);
  // "On Tuesday, the military said its forces killed ...": the day dates the statement, and so what is
  // itself said (a rejection, a promise) or a state that holds when it is said ("said Thursday that talks
  // are progressing"), not a reported act.
  // "The army, which recaptured the airport on Friday, said it would attack": the aside's day is not the saying's.
  if (relativeAsideAround(tokens, i)) return false;
  if (between.some((t) => REPORTING_VERBS.has(t.lower)))
    return speechAct(match, tokens) || reportedState(tokens, clause);
  return !between.some((t) => CLAUSE_OPENERS.has(t.lower));
}

/** How many tokens lie between a trigger and a date. */
function dateDistance(m: TriggerMatch, d: DateExpression, at: (offset: number) => number): number {
  const i = at(d.start);
  return i < m.tokenStart ? m.tokenStart - i : Math.max(0, i - m.tokenEnd + 1);
}

/** A date's rank among those a trigger may take, lowest first: an aside's last, then a shared one, then by distance. */
function dateRank(
  d: DateExpression,
  shared: Set<DateExpression>,
  tokens: Token[],
  match: TriggerMatch,
  at: (offset: number) => number,
): number {
  const aside = relativeAsideTense(at(d.start), tokens, match) !== null;
  return (aside ? 2000 : 0) + (shared.has(d) ? 1000 : 0) + dateDistance(match, d, at);
}

/** A day after a past verb or in a past verb's circumstance: a day gone by. */
function isPastDay(i: number, end: number, tokens: Token[], all: TriggerMatch[]): boolean {
  return afterPastVerb(i, tokens) || beforePastVerb(end, tokens) || inPastVerbCircumstance(i, tokens, all);
}

/**
 * "voted on Monday to extend the mission", "decided last week to send troops": a day right after a verb in the
 * past tense is that verb's, a day gone by, even for a planned act that the verb governs.
 */
function afterPastVerb(i: number, tokens: Token[]): boolean {
  let k = tokens[i - 1]?.lower === 'on' ? i - 2 : i - 1;
  // "agreed in Ankara on Tuesday to": the place the verb names may stand between.
  const named = k;
  while (k > 1 && k > named - 4 && tokens[k]!.capitalised && tokens[k]!.isWord) k--;
  if (k < named && (tokens[k]?.lower === 'in' || tokens[k]?.lower === 'at')) k--;
  const verb = tokens[k];
  return verb !== undefined && verb.pos === 'VERB' && /[a-z]ed$/.test(verb.lower) && tokens[k - 1]?.lower !== 'be';
}

/**
 * "The bloc on Thursday ordered troops to restore order": a day between the subject and a verb in the past is
 * that verb's, gone by, whatever the act its clause aims at. `i` is the token after the day.
 */
function beforePastVerb(i: number, tokens: Token[]): boolean {
  const verb = tokens[i];
  // "Sunday's planned round of talks": a possessive day determines a noun the participle describes.
  if (/^['’]s$|['’]s$/.test(tokens[i - 1]?.text ?? '')) return false;
  return verb !== undefined && verb.pos === 'VERB' && (/[a-z]ed$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower));
}

/** "agreed during a meeting on Thursday to exchange prisoners": a day in a past verb's circumstance is gone by too. */
function inPastVerbCircumstance(i: number, tokens: Token[], all: TriggerMatch[]): boolean {
  return all.some((m) => inGap(m, i) && m.verbToken !== null && /[a-z]ed$/.test(tokens[m.verbToken]!.lower));
}

// Verbs that state, besides those of saying: what someone pledges or warns is dated by the pledge.
const STATING = /^(pledg|promis|vow|warn|told|threaten|insist|announc)/;

/** A verb of saying or stating. */
function isSayingWord(t: Token | undefined): boolean {
  return t !== undefined && (introducesSaying(t.lower) || STATING.test(t.lower));
}

/**
 * The date of the saying that frames a clause, for what a speaker states (a stated intent, a demand): "pledged
 * on Monday that France would ...", "said on Tuesday it would resume ...", "told Moscow on Saturday that
 * ...", "Kyiv on Sunday said it was ready ...", or a trailing "..., the minister said on Friday". Its tense
 * is past: the saying is reported. Null when no verb of saying around the clause has a date.
 */
export function sayingDateExpression(
  dates: DateExpression[],
  tokens: Token[],
  clause: [number, number],
): DateExpression | null {
  if (dates.length === 0) return null;
  const at = tokenIndexer(tokens);
  let verb = -1;
  for (let k = clause[0] - 1; k >= Math.max(0, clause[0] - 8) && verb < 0; k--) if (isSayingWord(tokens[k])) verb = k;
  for (const d of dates) {
    if (d.meaning.kind === 'relation') continue;
    const i = at(d.start);
    if (verb >= 0 && (i === verb + 1 || (i > verb && i < clause[0]))) return past(d);
    if (verb >= 0 && i < verb && verb - at(d.end) <= 1) return past(d);
    if (REPORTING_VERBS.has(tokens[clause[1]]?.lower ?? '') && i > clause[1] && i - clause[1] <= 3) return past(d);
  }
  return null;
}
