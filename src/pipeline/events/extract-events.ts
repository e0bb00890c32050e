import type { Modality } from '../../model/bundle-schema.ts';
import { type ActorMention, findActorMentions, type MentionHistory } from '../actors/find-mentions.ts';
import { refineMentions } from '../actors/refine-mentions.ts';
import { parseIsoDay } from '../dates/calendar.ts';
import { type DateExpression, findDateExpressions } from '../dates/date-expressions.ts';
import { publicationFallback, resolveRelativeDate, type ResolvedDate } from '../dates/resolve-date.ts';
import { findPlaces, type PlaceMention } from '../places/find-places.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { clauseAround, REPORTING_VERBS } from '../text/clauses.ts';
import { findQuotes, insideQuote, type QuoteSpan } from '../text/quotes.ts';
import { type Sentence, splitSentences } from '../text/sentences.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import { findTriggers, type TriggerMatch } from './find-triggers.ts';
import { readModality } from './modality.ts';
import { findParticipants, type Participant } from './participants.ts';
import { buildEventRecords, type EventDraft, type ExtractedEvent } from './event-records.ts';
import { attributeQuotes, type ExtractedQuote } from './attribute-quotes.ts';

/** The input the extractor needs about one article. */
export type ArticleInput = { id: string; text: string; published: string | null };

/** Everything extracted from one article. */
export type ArticleExtraction = {
  events: ExtractedEvent[];
  quotes: ExtractedQuote[];
  unresolved: Map<string, string>;
  sentenceCount: number;
};

/** Running memory while reading an article from top to bottom. */
type ArticleState = {
  history: MentionHistory;
  /** People named so far; `subject` marks the first person of each sentence, usually its topic. */
  personMentions: { actorId: string; offset: number; subject: boolean }[];
  previousDay: number | null;
  lastConsult: { participants: Participant[]; sentence: number; date: ResolvedDate; dateSpan: DateExpression | null } | null;
};

/** Extracts events and quotes from one article: pure function of the text, date and resources. */
export function extractArticle(article: ArticleInput, resources: PipelineResources): ArticleExtraction {
  const sentences = splitSentences(article.text);
  const quotes = findQuotes(article.text);
  const state: ArticleState = { history: { recent: [] }, personMentions: [], previousDay: null, lastConsult: null };
  const drafts: EventDraft[] = [];
  const sentenceMentions: { sentence: Sentence; tokens: Token[]; mentions: ActorMention[] }[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(article.text, sentence.start, sentence.end);
    const analysed = analyseSentence(article, sentence, tokens, quotes, resources, state);
    drafts.push(...analysed.drafts);
    sentenceMentions.push({ sentence, tokens, mentions: analysed.mentions });
  }
  const events = buildEventRecords(article, drafts, resources);
  const extractedQuotes = attributeQuotes(article, quotes, sentenceMentions, resources, (offset) => lastPersonBefore(state, offset));
  const unresolved = new Map<string, string>();
  for (const d of drafts) for (const p of [...d.source, ...d.target]) if (p.via === 'unresolved' && p.name) unresolved.set(p.actorId, p.name);
  return { events, quotes: extractedQuotes, unresolved, sentenceCount: sentences.length };
}

function analyseSentence(
  article: ArticleInput,
  sentence: Sentence,
  tokens: Token[],
  quotes: QuoteSpan[],
  resources: PipelineResources,
  state: ArticleState,
): { drafts: EventDraft[]; mentions: ActorMention[] } {
  const raw = findActorMentions(tokens, resources.gazetteer, article.published, state.history);
  const mentions = refineMentions(raw, tokens, resources.gazetteer);
  const places = findPlaces(tokens, resources.places);
  rememberPeople(mentions, resources, state);
  if (isHeadline(sentence.text)) return { drafts: [], mentions };
  const dates = withoutDateline(findDateExpressions(sentence.text, sentence.start), sentence);
  const triggers = findTriggers(tokens, mentions, resources.triggers).filter((t) => !isComplementOfTrigger(t, tokens));
  const blocked = new Set([...raw, ...places].flatMap((m) => range(m.tokenStart, m.tokenEnd)));
  const found = { sentence, tokens, mentions, places, dates, triggers, blocked, quotes };
  const drafts: EventDraft[] = [];
  for (const match of triggers) {
    const draft = draftEvent(article, found, match, state, resources, drafts.at(-1)?.source ?? null);
    if (draft) drafts.push(draft);
  }
  const merged = mergeSameTypeDrafts(drafts, (id) => resources.gazetteer.actors.get(id)?.affiliation ?? null);
  for (const d of merged) {
    if (d.date.precision === 'day' && d.date.date) state.previousDay = parseIsoDay(d.date.date);
    if (d.type === 'CONSULT' && d.source.length + d.target.length >= 2)
      state.lastConsult = { participants: [...d.source, ...d.target], sentence: sentence.index, date: d.date, dateSpan: d.dateSpan };
  }
  return { drafts: merged, mentions };
}

/** What was found in one sentence before events are drafted from its triggers. */
type SentenceFindings = {
  sentence: Sentence;
  tokens: Token[];
  mentions: ActorMention[];
  places: PlaceMention[];
  dates: DateExpression[];
  triggers: TriggerMatch[];
  blocked: Set<number>;
  quotes: QuoteSpan[];
};

function draftEvent(
  article: ArticleInput,
  found: SentenceFindings,
  match: TriggerMatch,
  state: ArticleState,
  resources: PipelineResources,
  previousSource: Participant[] | null,
): EventDraft | null {
  const { sentence, tokens, mentions, places, dates, triggers: allTriggers } = found;
  const clause = clauseAround(tokens, match.tokenStart, match.tokenEnd);
  const read = readModality(tokens, match.tokenStart, match.tokenEnd, match.verbForms, clause);
  const fallback = match.trigger.defaultModality;
  const reading = fallback && read.cue.startsWith('no cue') ? { modality: fallback, cue: `${fallback} by default for "${match.trigger.pattern}"`, direction: 'future' as const } : read;
  const otherTriggers = new Set(allTriggers.filter((t) => t !== match).flatMap((t) => range(t.tokenStart, t.tokenEnd)));
  let { source, target } = findParticipants(match, {
    tokens,
    mentions,
    clause,
    lastPerson: (offset) => lastPersonBefore(state, offset),
    blocked: found.blocked,
    otherTriggers,
    previousSource,
  });
  const location = pickLocation(places, tokens, match);
  if (match.trigger.mode === 'visit' && match.trigger.direction === 'forward' && target.length === 0 && location?.place.country)
    target = hostOf(location, places, tokens, resources);
  const dateExpression = pickDateExpression(dates, tokens, match, allTriggers, clause);
  const date = dateExpression
    ? resolveRelativeDate(dateExpression.text, dateExpression.meaning, {
        published: article.published ? parseIsoDay(article.published) : null,
        direction: reading.direction,
        previousDay: state.previousDay,
        namedDates: resources.namedDates,
      })
    : publicationFallback(article.published ? parseIsoDay(article.published) : null);
  const dateSpan = dateExpression;
  if (source.length + target.length === 0 && isAnaphoricMeeting(match, tokens)) {
    // "The meeting lasted an hour": a definite meeting noun with no one named continues the meeting last reported.
    const antecedent = state.lastConsult;
    // Without a date of its own it only repeats the meeting already recorded.
    if (!antecedent || sentence.index - antecedent.sentence > 3 || !dateExpression) return null;
    source = antecedent.participants.map((p) => ({ ...p, span: null, via: 'anaphora' as const }));
  }
  return {
    type: match.trigger.type,
    mode: match.trigger.mode,
    match,
    sentence,
    tokens,
    source,
    target,
    modality: reading.modality as Modality,
    modalityCue: reading.cue,
    date,
    dateSpan,
    location: location?.place.name ?? null,
    quoted: insideQuote(found.quotes, tokens[match.tokenStart]!.start),
  };
}

const SINGLE_MEETING_NOUNS = new Set(['meeting', 'dinner', 'visit', 'summit', 'call', 'session']);
const DEFINITE = new Set(['the', 'this', 'that', 'their', 'his', 'her', 'its']);

function isAnaphoricMeeting(match: TriggerMatch, tokens: Token[]): boolean {
  if (!match.trigger.isNoun || match.trigger.type !== 'CONSULT') return false;
  const noun = tokens[match.tokenStart]!.lower;
  const before = tokens.slice(Math.max(0, match.tokenStart - 4), match.tokenStart).map((t) => t.lower);
  // "a long dinner discussion" right after a meeting is still that meeting; "negotiations" is a process, not an anaphor.
  return SINGLE_MEETING_NOUNS.has(noun) && (before.some((w) => DEFINITE.has(w)) || before.includes('a') || before.includes('followed'));
}

// "PORT ALDER, March 30 (Meridian Wire) —": a dateline gives the filing date, not an event's date.
const DATELINE = /^[\p{Lu}][\p{Lu} .'-]+,\s*(.{3,25}?)\s*(?:\([^)]{2,40}\))?\s*[—–-]/u;

function withoutDateline(dates: DateExpression[], sentence: Sentence): DateExpression[] {
  const m = DATELINE.exec(sentence.text);
  if (!m) return dates;
  const end = sentence.start + m[0].length;
  return dates.filter((d) => d.start >= end);
}

/** A headline or section title: title case with no closing punctuation; the body repeats its news. */
function isHeadline(text: string): boolean {
  if (/[.!?"”’:]$/.test(text.trim())) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.6;
}

function rememberPeople(mentions: ActorMention[], resources: PipelineResources, state: ArticleState): void {
  let first = true;
  for (const m of mentions) {
    if (resources.gazetteer.actors.get(m.actorId)?.kind !== 'person') continue;
    state.personMentions.push({ actorId: m.actorId, offset: m.start, subject: first });
    first = false;
  }
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i);
}

/** "pressing Netanyahu to agree": the infinitive is what is asked for, not a separate event. */
function isComplementOfTrigger(match: TriggerMatch, tokens: Token[]): boolean {
  return match.tokenStart > 0 && tokens[match.tokenStart - 1]!.lower === 'to' && match.verbForms?.includes('base') === true && precededByRequest(tokens, match.tokenStart - 1);
}

// Words that open a subordinate clause: a date beyond them belongs to that clause's own verb.
// Only openers that move time do: "as", "while" and "where" clauses share the main clause's time.
const CLAUSE_OPENERS = new Set(['since', 'after', 'before', 'when', 'until']);

const GOVERNING = new Set(['pressing', 'press', 'pressed', 'presses', 'urged', 'urge', 'urging', 'urges', 'pushing', 'push', 'pushed', 'asked', 'ask', 'asking', 'called', 'calling', 'lean', 'leaning', 'pressure', 'pressured', 'pressuring', 'refused', 'refuses', 'refuse', 'declined', 'decline', 'threatened', 'threatens', 'encouraged']);

function precededByRequest(tokens: Token[], to: number): boolean {
  for (let j = to - 1; j >= Math.max(0, to - 8); j--) if (GOVERNING.has(tokens[j]!.lower)) return true;
  return false;
}

/** Two triggers of one type in one sentence about the same people are one event mention. */
function mergeSameTypeDrafts(drafts: EventDraft[], affiliationOf: (id: string) => string | null): EventDraft[] {
  const kept: EventDraft[] = [];
  for (const d of drafts) {
    const twin = kept.find((k) => k.type === d.type && datesAgree(k, d) && (participantsCover(k, d, affiliationOf) || participantsCover(d, k, affiliationOf)));
    if (!twin) {
      kept.push(d);
      continue;
    }
    const richer = participantCount(d) > participantCount(twin) ? d : twin;
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

function datesAgree(a: EventDraft, b: EventDraft): boolean {
  return a.dateSpan === null || b.dateSpan === null || a.date.date === b.date.date;
}

function participantCount(d: EventDraft): number {
  return d.source.filter((p) => p.via !== 'anaphora').length + d.target.length;
}

/** Whether `a` names everyone `b` names, a person also standing for their state ("Sorrel" covers "Kessa"). */
function participantsCover(a: EventDraft, b: EventDraft, affiliationOf: (id: string) => string | null): boolean {
  const ids = new Set([...a.source, ...a.target].flatMap((p) => [p.actorId, affiliationOf(p.actorId) ?? p.actorId]));
  const others = [...b.source, ...b.target];
  return others.length === 0 || others.every((p) => ids.has(p.actorId));
}

function pickLocation(places: PlaceMention[], tokens: Token[], match: TriggerMatch): PlaceMention | null {
  const located = places.filter((p) => {
    const j = tokens[p.tokenStart - 1]?.lower === 'the' ? p.tokenStart - 2 : p.tokenStart - 1;
    return ['in', 'at', 'to', 'for', 'into', 'inside', 'near', 'outside'].includes(tokens[j]?.lower ?? '');
  });
  const distance = (p: PlaceMention) => Math.min(Math.abs(p.tokenStart - match.tokenEnd), Math.abs(match.tokenStart - p.tokenEnd));
  return [...located].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** A visit "to Cairo or Doha" is a visit to the governments of those places. */
function hostOf(location: PlaceMention, places: PlaceMention[], tokens: Token[], resources: PipelineResources): Participant[] {
  const listed = [location];
  for (let p = places.indexOf(location) + 1; p < places.length; p++) {
    const gap = tokens.slice(listed.at(-1)!.tokenEnd, places[p]!.tokenStart).map((t) => t.lower);
    if (gap.length !== 1 || !['and', 'or', ','].includes(gap[0]!)) break;
    listed.push(places[p]!);
  }
  return listed.flatMap((place) => {
    const hostId = place.place.country ? resources.stateByCountry.get(place.place.country) : undefined;
    return hostId ? [{ actorId: hostId, span: { start: place.start, end: place.end }, via: 'seat' as const }] : [];
  });
}

/**
 * The date expression nearest the trigger, unless another trigger stands nearer to it. An expression in
 * another clause ("since ... in January") dates something else, except the clause of a verb of saying
 * that introduces this one ("Trump said Sunday that talks ..."): then it is the date of the statement.
 */
function pickDateExpression(dates: DateExpression[], tokens: Token[], match: TriggerMatch, all: TriggerMatch[], clause: [number, number]): DateExpression | null {
  const at = (offset: number) => {
    const i = tokens.findIndex((t) => t.start >= offset);
    return i < 0 ? tokens.length : i;
  };
  const usable = (d: DateExpression) => {
    const i = at(d.start);
    if (i >= clause[0] && i < clause[1]) return true;
    if (i >= clause[0]) return false;
    const between = tokens.slice(at(d.end), clause[0]);
    return between.some((t) => REPORTING_VERBS.has(t.lower)) || !between.some((t) => CLAUSE_OPENERS.has(t.lower));
  };
  dates = dates.filter(usable);
  const distance = (m: TriggerMatch, d: DateExpression) => {
    const i = at(d.start);
    return i < m.tokenStart ? m.tokenStart - i : Math.max(0, i - m.tokenEnd + 1);
  };
  const mine = dates.filter((d) => all.every((other) => other === match || distance(match, d) <= distance(other, d) || other.trigger.type === match.trigger.type));
  return [...mine].sort((a, b) => distance(match, a) - distance(match, b))[0] ?? null;
}

/** "he"/"she": the latest person who opened a sentence before this point (the topic), else the latest person named. */
function lastPersonBefore(state: ArticleState, offset: number): string | null {
  let fallback: string | null = null;
  for (let i = state.personMentions.length - 1; i >= 0; i--) {
    const p = state.personMentions[i]!;
    if (p.offset >= offset) continue;
    if (p.subject) return p.actorId;
    fallback ??= p.actorId;
  }
  return fallback;
}
