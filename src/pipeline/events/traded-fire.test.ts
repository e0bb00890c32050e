import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// "traded fire", "traded artillery fire", "traded strikes": news's other verb for an exchange of fire, an attack
// both ways. Without it the noun "fire" read with "on" ("fire on Monday") as an attack to come. Each sentence is
// the team's own.
const typed = (text: string) => typedEvents(text, '2025-10-19');

describe('traded fire', () => {
  it('is an attack by both sides, in the past', () => {
    expect(typed('Thailand and Cambodia traded fire on Monday.')).toEqual([
      ['ASSAULT', ['tha', 'khm'], [], 'occurred'],
    ]);
    expect(typed('Israel and Hezbollah traded artillery fire across the border on Friday.')).toContainEqual([
      'ASSAULT',
      ['isr', 'hezbollah'],
      [],
      'occurred',
    ]);
  });
});

describe('a time phrase after a pattern that ends with "on" or "at"', () => {
  it('is the date, not the pattern: "opened fire on Tuesday" happened', () => {
    expect(typed('Malian soldiers opened fire on Tuesday, the army said.')).toContainEqual([
      'ASSAULT',
      ['mli-military'],
      [],
      'occurred',
    ]);
  });

  it('leaves a noun its event: "strikes on Wednesday" are strikes', () => {
    expect(typed('Kyiv said Russian strikes on Wednesday killed nine people.').map(([type]) => type)).toContain(
      'ASSAULT',
    );
  });

  it('keeps a longer pattern written for the date: "called X on Friday" is a call', () => {
    expect(typed('Macron called Lebanese President Joseph Aoun on Friday.')).toContainEqual([
      'CONSULT',
      ['emmanuel-macron'],
      ['joseph-aoun'],
      'occurred',
    ]);
  });
});
