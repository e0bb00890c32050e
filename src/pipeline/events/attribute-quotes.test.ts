import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-events.ts';
import { projectResources } from '../test-support/resources.ts';
import { findQuotes } from '../text/quotes.ts';

const quotesOf = (text: string) => extractArticle({ id: 't', text, published: '2025-07-08' }, projectResources()).quotes;

describe('quotes', () => {
  it('attributes "..., X said" and keeps exact offsets of the quoted words', () => {
    const text = '“We are close to a deal,” Witkoff said on Monday.';
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ speakerId: 'steve-witkoff', text: 'We are close to a deal,' });
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('attributes "X told reporters: ..." and "said X"', () => {
    expect(quotesOf('Netanyahu told reporters: "We still have to finish the job."')[0]!.speakerId).toBe('benjamin-netanyahu');
    expect(quotesOf('"The talks went well," said Karoline Leavitt.')[0]!.speakerId).toBe('karoline-leavitt');
  });

  it('resolves "he said" to the person the text is about', () => {
    const quotes = quotesOf('Netanyahu spoke in Washington. “If people want to stay, they can stay,” he said.');
    expect(quotes[0]!.speakerId).toBe('benjamin-netanyahu');
  });

  it('keeps an anonymous source as text with no actor', () => {
    const [q] = quotesOf('“This time it is a comprehensive deal,” a source said.');
    expect(q).toMatchObject({ speakerId: null, speakerText: 'a source' });
  });

  it('recognises anonymous speakers of a nationality the gazetteer lacks', () => {
    const [q] = quotesOf('“Talks will resume,” a senior Freedonian official said.');
    expect(q).toMatchObject({ speakerId: null, speakerText: 'a senior Freedonian official' });
  });

  it('gives an official of a known state that state, for any state of the world', () => {
    const [q] = quotesOf('“Talks will resume,” a senior Kenyan official said.');
    expect(q!.speakerId).toBe('ken');
  });

  it('takes no preposition or article for a qualifier of an anonymous speaker', () => {
    expect(quotesOf('“We will not wait much longer,” he wrote in a letter to an official on Monday.')[0]!.speakerText).not.toMatch(/letter/);
    expect(quotesOf('“The offer stands,” the statement said, a day after officials met.')[0]!.speakerText).not.toMatch(/day after/);
  });

  it('treats quotes nested inside quotes as part of the outer quote', () => {
    const text = '“We told them “no talks without a ceasefire,” and they listened,” the spokesman said.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('We told them “no talks without a ceasefire,” and they listened,');
  });

  it('reads mixed straight and curly marks', () => {
    expect(findQuotes('He said “it will work." Then left.').map((q) => q.text)).toEqual(['it will work.']);
  });
});
