import { describe, expect, it } from 'vitest';
import { selectQuotesByOutlet, selectSpeakerQuotes, sentenceAround } from './quotes.ts';
import { FIXTURE_OUTLETS, fixtureIndex, fixtureMask } from './test-fixture.ts';

const index = fixtureIndex();
const mask = fixtureMask;
const ALL = FIXTURE_OUTLETS;

describe('quotes per outlet', () => {
  it('counts whom each outlet quotes and about which clusters', () => {
    const quotes = selectQuotesByOutlet(index, mask(), ALL);
    expect(quotes.map((q) => [q.outletId, q.quotes])).toEqual([['hayom', 0], ['cgtn', 1], ['wire', 1]]);
    expect(quotes[1]!.speakers).toEqual([{ key: 'trump', label: 'Donald Trump', named: true, count: 1, clusters: [{ clusterId: 'c1', label: '7 Jul 2025 CONSULT Benjamin Netanyahu, Donald Trump' }] }]);
    expect(quotes[2]!.speakers[0]).toMatchObject({ key: 'unnamed:the-regime-in-tehran', named: false, count: 1 });
  });

  it('shows each quotation in its sentence with the quoted words highlighted', () => {
    const [q] = selectSpeakerQuotes(index, mask(), 'wire', 'unnamed:the-regime-in-tehran');
    expect(q!.sentence).toBe('The regime in Tehran said: "We will not meet."');
    expect(q!.sentence.slice(q!.highlights[0]!.start, q!.highlights[0]!.end)).toBe('We will not meet.');
  });

  it('finds the sentence around a quotation without cutting it', () => {
    const text = 'First one. He said "go now." Then more.';
    const [from, to] = sentenceAround(text, text.indexOf('go'), text.indexOf('now.') + 4);
    expect(text.slice(from, to)).toBe('He said "go now."');
  });
});
