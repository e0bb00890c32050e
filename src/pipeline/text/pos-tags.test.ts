import { describe, expect, it } from 'vitest';
import { applyTags, tagText } from './pos-tags.ts';
import { tokenize } from './tokens.ts';

describe('part-of-speech tags on Parley tokens', () => {
  it('tags each token of a sentence found at an offset in its article', () => {
    const article = 'Headline here.\nThe talks were hosted by Qatar.';
    const start = article.indexOf('The');
    const tokens = tokenize(article, start, article.length);
    applyTags(tokens, tagText(article.slice(start), start));
    expect(tokens.map((t) => `${t.text}/${t.pos}`)).toEqual([
      'The/DET',
      'talks/NOUN',
      'were/AUX',
      'hosted/VERB',
      'by/ADP',
      'Qatar/PROPN',
      './PUNCT',
    ]);
  });

  it('gives every piece of a token the tagger reads as one ("U.S.") its tag', () => {
    const tokens = tokenize('The U.S. envoy arrived.');
    applyTags(tokens, tagText('The U.S. envoy arrived.'));
    expect(tokens.slice(1, 5).map((t) => t.pos)).toEqual(['PROPN', 'PROPN', 'PROPN', 'PROPN']);
  });

  it('leaves an overlong stretch untagged rather than spend seconds on it', () => {
    const text = 'word '.repeat(2000);
    const tokens = tokenize(text);
    applyTags(tokens, tagText(text));
    expect(tokens.every((t) => t.pos === undefined)).toBe(true);
  });
});
