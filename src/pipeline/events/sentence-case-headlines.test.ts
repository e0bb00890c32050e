import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { isOpeningHeadline } from '../text/headlines.ts';

// Many outlets write headlines in sentence case. The article's first line, standing alone without closing
// punctuation, is read as a headline: its simple present reports a done act, dated by the body when the body
// dates it, else by the day the article was published. Each text is the team's own.
const PUBLISHED = '2025-03-14';
const headlineEvent = (text: string, type: string) =>
  eventsOf(text, PUBLISHED).find((e) => e.type === type && e.evidence.start === 0);

describe('a sentence-case headline reports a done act', () => {
  it('reads "Kyrgyzstan and Tajikistan sign border treaty" as occurred, dated by publication', () => {
    const text = 'Kyrgyzstan and Tajikistan sign border treaty\n\nThe deal was welcomed in Moscow.';
    expect(headlineEvent(text, 'AGREE')).toMatchObject({
      modality: 'occurred',
      date: PUBLISHED,
      datePrecision: 'day',
      source: ['kgz', 'tjk'],
    });
  });

  it('dates it by the body when the body gives the day', () => {
    const text =
      'Armenia and Azerbaijan sign peace deal\n\nArmenia and Azerbaijan signed a peace deal in Washington on Tuesday.';
    expect(headlineEvent(text, 'AGREE')).toMatchObject({ modality: 'occurred', date: '2025-03-11' });
  });

  it('reads a present-tense strike in a headline as done', () => {
    const text = 'India strikes militant camps in Pakistan\n\nThe army said the operation lasted half an hour.';
    expect(headlineEvent(text, 'ASSAULT')).toMatchObject({ modality: 'occurred', datePrecision: 'day' });
  });

  it('keeps a headline with "to" as planned and undated', () => {
    const text = 'Serbia and Kosovo to resume talks in Brussels\n\nThe EU envoy gave no date.';
    expect(headlineEvent(text, 'CONSULT')).toMatchObject({ modality: 'planned', datePrecision: 'unknown' });
  });

  it('leaves a present-tense body sentence as it was (only the opening line is a headline)', () => {
    const text = 'The talks went on into the night.\nRussia and Ukraine exchange fire along the front';
    const [fire] = eventsOf(text, PUBLISHED).filter((e) => e.type === 'ASSAULT');
    expect(fire?.datePrecision).toBe('unknown');
  });
});

describe('which line is an opening headline', () => {
  const first = (text: string) => ({ index: 0, start: 0, end: text.split('\n')[0]!.length });

  it('takes a first line without closing punctuation, followed by a line break', () => {
    const text = 'Sudan army and RSF agree truce in Jeddah\nThe truce starts tonight.';
    expect(isOpeningHeadline(text, first(text))).toBe(true);
  });

  it('does not take a first sentence that ends in a full stop', () => {
    const text = 'Sudan army and RSF agreed a truce.\nIt starts tonight.';
    expect(isOpeningHeadline(text, first(text))).toBe(false);
  });

  it('does not take a later line', () => {
    const text = 'A first line.\nSudan army and RSF agree truce in Jeddah';
    expect(isOpeningHeadline(text, { index: 1, start: 14, end: text.length })).toBe(false);
  });
});
