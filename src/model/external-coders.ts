import type { DiplomaticEvent, ExternalCoder } from './bundle-schema.ts';

/** What is shown wherever the sentence of an event imported from a coder would be. */
export const NO_SENTENCE_NOTES: Record<ExternalCoder, string> = {
  gdelt: 'coded by GDELT, no sentence available',
};

/** An imported event's stand-in for a sentence: the note and the article's address, to read it at its source. */
export type NoSentence = { note: string; url: string | null };

/** The note and link for an event coded elsewhere, or null for an event read from its sentence. */
export function noSentenceOf(e: Pick<DiplomaticEvent, 'coder'>, articleUrl: string | null): NoSentence | null {
  if (!e.coder) return null;
  // Only web addresses are links: a `javascript:` URL in a bundle must never become one.
  return { note: NO_SENTENCE_NOTES[e.coder], url: articleUrl && /^https?:\/\//i.test(articleUrl) ? articleUrl : null };
}

/** The event's sentence as text, or the note saying there is none (for lists, tooltips and exports). */
export function sentenceText(e: Pick<DiplomaticEvent, 'coder' | 'evidence'>): string {
  return e.coder ? NO_SENTENCE_NOTES[e.coder] : e.evidence.text;
}

/**
 * What identifies an event's sentence when sentences are counted once: its article and offset; an imported
 * event has no sentence, so it stands for itself (its empty span sits at 0 in every such article).
 */
export function sentenceKey(e: Pick<DiplomaticEvent, 'id' | 'coder' | 'articleId' | 'evidence'>): string {
  return e.coder ? e.id : `${e.articleId}:${e.evidence.start}`;
}
