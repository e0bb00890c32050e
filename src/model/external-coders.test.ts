import { describe, expect, it } from 'vitest';
import { noSentenceOf, sentenceKey, sentenceText } from './external-coders.ts';

const read = {
  id: 'a#e001',
  articleId: 'a',
  coder: undefined,
  evidence: { text: 'Armenia and Azerbaijan signed the text.', start: 40, end: 79 },
};
const coded = {
  id: 'gdelt-e7',
  articleId: 'gdelt-7',
  coder: 'gdelt' as const,
  evidence: { text: '', start: 0, end: 0 },
};

describe('events coded elsewhere', () => {
  it('say plainly that there is no sentence, with the article link when it is a web address', () => {
    expect(noSentenceOf(coded, 'https://news.example.org/kyiv')).toEqual({
      note: 'coded by GDELT, no sentence available',
      url: 'https://news.example.org/kyiv',
    });
    expect(noSentenceOf(coded, 'javascript:alert(1)')?.url).toBeNull();
    expect(noSentenceOf(read, 'https://news.example.org/a')).toBeNull();
  });

  it('give the note as their text, and count as a sentence of their own', () => {
    expect(sentenceText(coded)).toBe('coded by GDELT, no sentence available');
    expect(sentenceText(read)).toBe('Armenia and Azerbaijan signed the text.');
    const sibling = { ...coded, id: 'gdelt-e8' };
    expect(sentenceKey(coded)).not.toBe(sentenceKey(sibling));
    expect(sentenceKey(read)).toBe('a:40');
  });
});
