import type { ActorMention, MentionHistory } from '../actors/find-mentions.ts';
import type { DateExpression } from '../dates/date-expressions.ts';
import type { ResolvedDate } from '../dates/resolve-date.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { lastAtMost } from '../text/sorted-search.ts';
import type { Participant } from './participants.ts';
import type { LastAttack } from './condemned-attacks.ts';

/** Running memory while reading an article from top to bottom. */
export type ArticleState = {
  history: MentionHistory;
  /** People named in the article; `subject` marks the first person of each sentence, usually its topic. */
  personMentions: { actorId: string; offset: number; subject: boolean }[];
  previousDay: number | null;
  /**
   * The last few meetings reported, newest last: the newest is the antecedent of "the meeting lasted an hour",
   * all of them of "the two leaders" and "both sides".
   */
  recentMeetings: ReportedMeeting[];
  /**
   * The parties each sentence named and each two-party event joined, by sentence index: pairs for "both sides".
   * Indexed, not searched, so that "the two leaders" costs the same in a long article as in a short one.
   */
  namedParties: string[][][];
  /** The attack the article reported last: whom "condemned the strikes" is aimed at (`condemned-attacks.ts`). */
  lastAttack: LastAttack | null;
  /** The sentence whose events are being drafted: only what came before it is an antecedent. */
  drafting: number;
};

// Sentences back in which "the two leaders" may find the two it stands for.
const PAIR_REACH = 4;

/** Records the parties a sentence named or one of its events joined. */
export function rememberNamed(state: ArticleState, sentence: number, ids: string[]): void {
  if (ids.length < 2) return;
  const named = state.namedParties[sentence];
  if (named) named.push(ids);
  else state.namedParties[sentence] = [ids];
}

/** What the few sentences before the one being drafted named: the antecedents of "both countries", newest last. */
export function namedBefore(state: ArticleState): string[][] {
  const before: string[][] = [];
  for (let s = Math.max(0, state.drafting - PAIR_REACH); s < state.drafting; s++)
    before.push(...(state.namedParties[s] ?? []));
  return before;
}

/** A meeting the article reported: its parties, sentence and date. */
export type ReportedMeeting = {
  participants: Participant[];
  /** The parties that host, chair or mediate it: not one of "the two sides". */
  mediators?: string[];
  sentence: number;
  date: ResolvedDate;
  dateSpan: DateExpression | null;
};

const MEETINGS_REMEMBERED = 4;

/** Adds a meeting to the few remembered. */
export function rememberMeeting(state: ArticleState, meeting: ReportedMeeting): void {
  state.recentMeetings.push(meeting);
  if (state.recentMeetings.length > MEETINGS_REMEMBERED) state.recentMeetings.shift();
}

/** A fresh state for a new article. */
export function newArticleState(): ArticleState {
  return {
    history: { recent: [] },
    personMentions: [],
    previousDay: null,
    recentMeetings: [],
    namedParties: [],
    lastAttack: null,
    drafting: 0,
  };
}

/** "he"/"she": the latest person who opened a sentence before this point (the topic), else the latest person named. */
export function lastPersonBefore(state: ArticleState, offset: number): string | null {
  let fallback: string | null = null;
  const last = lastAtMost(state.personMentions, offset - 1, (p) => p.offset);
  for (let i = last; i >= 0 && i > last - 200; i--) {
    const p = state.personMentions[i]!;
    if (p.subject) return p.actorId;
    fallback ??= p.actorId;
  }
  return fallback;
}

/**
 * "him"/"her" as an object: the latest person named before this point who is not among `others` (a verb's
 * subject is never its own object pronoun: "Trump urged him" is someone else).
 */
export function latestPersonOtherThan(state: ArticleState, offset: number, others: ReadonlySet<string>): string | null {
  const last = lastAtMost(state.personMentions, offset - 1, (p) => p.offset);
  for (let i = last; i >= 0 && i > last - 200; i--) {
    const p = state.personMentions[i]!;
    if (!others.has(p.actorId)) return p.actorId;
  }
  return null;
}

/** Records the people named in a sentence, marking the first as the sentence's topic. */
export function rememberPeople(mentions: ActorMention[], resources: PipelineResources, state: ArticleState): void {
  let first = true;
  for (const m of mentions) {
    if (resources.gazetteer.actors.get(m.actorId)?.kind !== 'person') continue;
    state.personMentions.push({ actorId: m.actorId, offset: m.start, subject: first });
    first = false;
  }
}
