import type { Quote } from '../../model/bundle-schema.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { REPORTING_VERBS } from '../text/clauses.ts';
import type { QuoteSpan } from '../text/quotes.ts';
import type { Sentence } from '../text/sentences.ts';
import { lastAtMost } from '../text/sorted-search.ts';
import type { Token } from '../text/tokens.ts';

/** A quote with its speaker, before it gets an id. */
export type ExtractedQuote = Omit<Quote, 'id'>;

type SentenceMentions = { sentence: Sentence; tokens: Token[]; mentions: ActorMention[] };

const SPEAKER_PRONOUNS = new Set(['he', 'she']);
// "a source", "a senior Israeli official", "a member of Netanyahu's entourage": up to three qualifiers, any
// nationality, but never a preposition or an article ("a letter to an official" names "an official", and
// "a day after officials" no one).
const QUALIFIER = String.raw`(?!(?:the|an?|to|from|of|after|before|by|with|for|in|on|at|about|than|over|since)\b)[\p{L}.’'-]+ `;
const ANONYMOUS = new RegExp(String.raw`\b(an? (?:${QUALIFIER}){0,3}?(?:source|official|diplomat|spokesperson|spokesman|spokeswoman|member of [^,.]{0,40})s?)\b`, 'iu');

/**
 * Attributes each quotation to a speaker: the actor next to a verb of saying just after the quote
 * ("..., Netanyahu said", "..., said Witkoff", "..., he said"), or just before it ("Leavitt said: ...").
 */
export function attributeQuotes(
  article: { id: string; text: string },
  quotes: QuoteSpan[],
  sentences: SentenceMentions[],
  resources: PipelineResources,
  lastPerson: (offset: number) => string | null,
): ExtractedQuote[] {
  return quotes
    .filter((q) => q.text.trim().split(/\s+/).length >= 3)
    .map((q) => {
      const speaker = speakerAfter(q, sentences, lastPerson) ?? speakerBefore(q, sentences, lastPerson) ?? anonymousSpeaker(article.text, q);
      const id = speaker?.actorId && resources.gazetteer.actors.get(speaker.actorId)?.kind !== 'media' ? speaker.actorId : null;
      return { articleId: article.id, speakerId: id, speakerText: speaker?.text ?? 'unattributed', start: q.start, end: q.end, text: q.text, eventIds: [] };
    });
}

type Speaker = { actorId: string | null; text: string };

function speakerAfter(q: QuoteSpan, sentences: SentenceMentions[], lastPerson: (offset: number) => string | null): Speaker | null {
  // Sentences are in text order: find the one holding the quote's end by binary search (long texts hold thousands).
  const at = lastAtMost(sentences, q.end, (x) => x.sentence.start);
  const holding = sentences[at];
  const s = holding && q.end <= holding.sentence.end + 2 ? holding : sentences[at + 1];
  if (!s) return null;
  const after = s.tokens.filter((t) => t.start > q.end && t.start < q.end + 80);
  const verbAt = after.findIndex((t) => REPORTING_VERBS.has(t.lower) || t.lower === 'stated');
  if (verbAt < 0 || verbAt > 8) return null;
  return speakerNear(s, after, verbAt, lastPerson);
}

function speakerBefore(q: QuoteSpan, sentences: SentenceMentions[], lastPerson: (offset: number) => string | null): Speaker | null {
  const holding = sentences[lastAtMost(sentences, q.start, (x) => x.sentence.start)];
  const s = holding && q.start <= holding.sentence.end ? holding : undefined;
  if (!s) return null;
  const before = s.tokens.filter((t) => t.end < q.start);
  const verbAt = before.findLastIndex((t) => REPORTING_VERBS.has(t.lower) || t.lower === 'saying' || t.lower === 'to');
  if (verbAt < 0) return null;
  const according = before[verbAt]!.lower === 'to' && before[verbAt - 1]?.lower === 'according';
  if (before[verbAt]!.lower === 'to' && !according) return null;
  if (according) {
    const m = s.mentions.find((x) => x.start > before[verbAt]!.end);
    return m ? { actorId: m.actorId, text: s.sentence.text.slice(m.start - s.sentence.start, m.end - s.sentence.start) } : null;
  }
  return speakerNear(s, before, verbAt, lastPerson);
}

/** The actor named right before or right after the verb of saying, or a pronoun's referent. */
function speakerNear(s: SentenceMentions, window: Token[], verbAt: number, lastPerson: (offset: number) => string | null): Speaker | null {
  const verb = window[verbAt]!;
  const beforeVerb = s.mentions.filter((m) => m.end <= verb.start && verb.start - m.end < 40).at(-1);
  const afterVerb = s.mentions.find((m) => m.start >= verb.end && m.start - verb.end < 3);
  const m = afterVerb ?? beforeVerb;
  if (m) return { actorId: m.actorId, text: s.sentence.text.slice(m.start - s.sentence.start, m.end - s.sentence.start) };
  const pronoun = window.slice(Math.max(0, verbAt - 2), verbAt + 2).find((t) => SPEAKER_PRONOUNS.has(t.lower));
  if (pronoun) return { actorId: lastPerson(pronoun.start), text: pronoun.text };
  return null;
}

function anonymousSpeaker(text: string, q: QuoteSpan): Speaker | null {
  const around = text.slice(q.end, Math.min(q.paragraphEnd, q.end + 120));
  const m = ANONYMOUS.exec(around);
  return m ? { actorId: null, text: m[1]! } : null;
}
