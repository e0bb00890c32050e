import type { Quote } from '../../model/bundle-schema.ts';
import { lastAtMost } from '../text/sorted-search.ts';

/** Where a sentence of an article lies and which paragraph (line) holds it. */
export type SentenceBounds = { start: number; end: number; paragraph: number };

/** An event as quote linking sees it. */
export type LinkableEvent = { id: string; evidence: { start: number; end: number }; clusterId: string };

/**
 * The events of one article each quotation speaks about: the quotation overlaps the event's sentence, or
 * stands in the sentence right after it (even in the next paragraph: news puts the reaction after the
 * fact), or in the sentence right before it within the same paragraph, or shares a paragraph with the
 * event when that paragraph reports exactly one event cluster. Sentences must be in text order.
 */
export function linkQuotesToEvents(quotes: Quote[], events: LinkableEvent[], sentences: SentenceBounds[]): Map<string, string[]> {
  const sentenceAt = (offset: number) => Math.max(0, lastAtMost(sentences, offset, (s) => s.start));
  // Indexed by sentence and by paragraph, so a huge article with thousands of quotes stays linear.
  const bySentence = new Map<number, string[]>();
  const byParagraph = new Map<number, { ids: string[]; clusters: Set<string> }>();
  for (const event of events) {
    const sentence = sentenceAt(event.evidence.start);
    const inSentence = bySentence.get(sentence);
    if (inSentence) inSentence.push(event.id);
    else bySentence.set(sentence, [event.id]);
    const paragraph = sentences[sentence]!.paragraph;
    const entry = byParagraph.get(paragraph) ?? { ids: [], clusters: new Set<string>() };
    entry.ids.push(event.id);
    entry.clusters.add(event.clusterId);
    byParagraph.set(paragraph, entry);
  }
  const links = new Map<string, string[]>();
  for (const quote of quotes) {
    const first = sentenceAt(quote.start);
    const last = sentenceAt(Math.max(quote.start, quote.end - 1));
    const ids = new Set<string>();
    for (let s = first - 1; s <= last; s++) for (const id of bySentence.get(s) ?? []) ids.add(id);
    // The sentence after the quotation counts only inside its paragraph: a new paragraph is a new topic.
    if (sentences[last + 1]?.paragraph === sentences[last]!.paragraph) for (const id of bySentence.get(last + 1) ?? []) ids.add(id);
    for (let s = first; s <= last; s++) {
      const paragraph = byParagraph.get(sentences[s]!.paragraph);
      if (paragraph && paragraph.clusters.size === 1) for (const id of paragraph.ids) ids.add(id);
    }
    links.set(quote.id, [...ids].sort());
  }
  return links;
}
