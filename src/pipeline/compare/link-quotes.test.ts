import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/bundle-schema.ts';
import { splitSentences } from '../text/sentences.ts';
import { type LinkableEvent, linkQuotesToEvents } from './link-quotes.ts';

const TEXT = [
  'Sorrel met Omsted in Kessa on Tuesday.',
  '',
  '"We are closer than we were," Sorrel said after the meeting.',
  '',
  'Separately, Karesh arrested six suspects. Police questioned them for hours. "This was a lawful operation," a spokesman said.',
  '',
  '"We will answer," a minister said. Veldoria expelled two diplomats. Ostrava recalled its ambassador.',
  '',
  'The border stayed quiet overnight. Karesh said it "would not hesitate to act again" if attacked.',
].join('\n');

const sentences = splitSentences(TEXT);
const sentenceOf = (needle: string) => sentences.find((s) => s.text.includes(needle))!;
const event = (id: string, needle: string, clusterId: string): LinkableEvent => ({ id, evidence: sentenceOf(needle), clusterId });
const quote = (id: string, words: string): Quote => {
  const start = TEXT.indexOf(words);
  return { id, articleId: 'a', speakerId: null, speakerText: '', start, end: start + words.length, text: words, eventIds: [] };
};

const links = linkQuotesToEvents(
  [
    quote('q-closer', 'We are closer than we were,'),
    quote('q-lawful', 'This was a lawful operation,'),
    quote('q-answer', 'We will answer,'),
    quote('q-inside', 'would not hesitate to act again'),
  ],
  [
    event('meet', 'Sorrel met Omsted', 'c-meet'),
    event('arrest', 'Karesh arrested', 'c-arrest'),
    event('expel', 'expelled two diplomats', 'c-expel'),
    event('recall', 'recalled its ambassador', 'c-recall'),
    event('threat', 'would not hesitate', 'c-threat'),
  ],
  sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph })),
);

describe('linkQuotesToEvents', () => {
  it('ties a quotation inside the event sentence to the event', () => {
    expect(links.get('q-inside')).toEqual(['threat']);
  });

  it('ties a reaction to the event reported right before it, across the paragraph break, but not to the next paragraph', () => {
    expect(links.get('q-closer')).toEqual(['meet']);
  });

  it('ties a quotation to the events of its paragraph when the paragraph reports exactly one cluster', () => {
    expect(links.get('q-lawful')).toEqual(['arrest']);
  });

  it('keeps to the neighbouring sentence when the paragraph reports several clusters', () => {
    expect(links.get('q-answer')).toEqual(['expel']);
  });
});
