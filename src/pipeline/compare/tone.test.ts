import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.ts';
import { compileToneLexicon, scoreTone } from './tone.ts';

const lexicon = compileToneLexicon({ version: '1.0.0', description: 'test', entries: [{ word: 'strike', reason: 'military sense' }] });
const noTrigger = { start: -1, end: -1 };
const toneOf = (text: string, trigger = noTrigger) => scoreTone(text, tokenize(text), trigger, lexicon);

describe('scoreTone', () => {
  it('sums AFINN valences and divides by the words of the sentence', () => {
    const tone = toneOf('The crisis ended in peace.');
    expect(tone.terms.map((t) => [t.text, t.valence])).toEqual([['crisis', -3], ['peace', 2]]);
    expect(tone.score).toBe(-1);
    expect(tone.comparative).toBe(-0.2);
  });

  it('flips the sign of a word after a negator within three words, including contractions', () => {
    expect(toneOf('This is not a serious threat.').terms.map((t) => t.valence)).toEqual([2]); // threat -2 -> +2
    expect(toneOf("They didn't welcome the plan.").terms.map((t) => t.valence)).toEqual([-2]);
    expect(toneOf('No agreement was reached.').terms.map((t) => [t.text, t.valence])).toEqual([['agreement', -1], ['reached', -1]]);
    // Four words back is out of reach.
    expect(toneOf('Never in all those years was there peace.').terms.map((t) => t.valence)).toEqual([2]);
  });

  it('gives spans that match the article text at their offsets', () => {
    const article = 'Headline.\nThe talks failed and violence returned.';
    const start = article.indexOf('The');
    const tone = scoreTone(article, tokenize(article, start, article.length), noTrigger, lexicon);
    expect(tone.terms.length).toBeGreaterThan(0);
    for (const t of tone.terms) expect(article.slice(t.start, t.end)).toBe(t.text);
  });

  it('does not score the trigger, names inside the sentence, or excluded words', () => {
    const text = 'Iran condemned the strike on the United Nations compound.';
    const trigger = { start: text.indexOf('condemned'), end: text.indexOf('condemned') + 'condemned'.length };
    expect(toneOf(text, trigger).terms).toEqual([]);
  });
});
