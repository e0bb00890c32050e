import { describe, expect, it } from 'vitest';
import { doublesFinalConsonant, irregularRow } from './verb-forms.ts';

describe('irregularRow', () => {
  it('orders forms listed in any order as -s, past, participle, -ing', () => {
    expect(irregularRow('speak', ['speaking', 'speaks', 'spoke', 'spoken'])).toEqual([
      'speaks',
      'spoke',
      'spoken',
      'speaking',
    ]);
    expect(irregularRow('begin', ['begun', 'began', 'begins', 'beginning'])).toEqual([
      'begins',
      'began',
      'begun',
      'beginning',
    ]);
  });

  it('fills what the list leaves out: "cut" has no past, "gun down" no -ing', () => {
    expect(irregularRow('cut', ['cuts', 'cutting'])).toEqual(['cuts', 'cut', 'cut', 'cutting']);
    expect(irregularRow('gun', ['guns', 'gunned'])).toEqual(['guns', 'gunned', 'gunned', 'gunning']);
  });
});

describe('doublesFinalConsonant', () => {
  it('doubles one-syllable verbs ending consonant-vowel-consonant and listed stressed endings', () => {
    expect(doublesFinalConsonant('ban', [])).toBe(true);
    expect(doublesFinalConsonant('compel', ['pel'])).toBe(true);
    expect(doublesFinalConsonant('visit', ['pel'])).toBe(false);
    expect(doublesFinalConsonant('row', [])).toBe(false);
  });
});
