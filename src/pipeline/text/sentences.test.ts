import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps exact offsets into the text', () => {
    const text = '  First one.  Second one!\n\nThird? Yes.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['First one.', 'Second one!', 'Third?', 'Yes.']);
  });

  it('does not split after initials, titles and abbreviations', () => {
    expect(texts('U.S. President Donald Trump met Vice President J.D. Vance. Mr. Smith left.')).toEqual([
      'U.S. President Donald Trump met Vice President J.D. Vance.',
      'Mr. Smith left.',
    ]);
  });

  it('splits after an initialism that ends a sentence', () => {
    expect(texts('The envoy flew to the U.S. The talks began.')).toEqual(['The envoy flew to the U.S.', 'The talks began.']);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(texts('He said: “We are close.” Talks resumed.')).toEqual(['He said: “We are close.”', 'Talks resumed.']);
  });

  it('treats each line as its own sentence and counts paragraphs', () => {
    const s = splitSentences('Headline Without Stop\nBody sentence one. Body two.');
    expect(s.map((x) => x.text)).toEqual(['Headline Without Stop', 'Body sentence one.', 'Body two.']);
    expect(s[0]!.paragraph).toBeLessThan(s[1]!.paragraph);
  });

  it('starts a new paragraph after a line that ends with a full stop', () => {
    const s = splitSentences('One. Two.\n\nThree.\nFour.');
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it('survives empty and whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
