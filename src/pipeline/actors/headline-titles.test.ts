import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// In a title-case headline every word is capitalised, so the word after a title ("Chinese Envoy Over ...", "US
// Envoy Meets ...") is no unknown name the title introduces: the title keeps the party it names. A preposition
// after a title is never a name, in a headline or not. Each line is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('a title in a title-case headline', () => {
  it('keeps its party before a capitalised preposition', () => {
    expect(typed('Vietnam Summons Chinese Envoy Over Island Dispute')).toContainEqual([
      'ACCUSE',
      ['vnm'],
      ['chn'],
      'occurred',
    ]);
    expect(typed('Estonia Summons Russian Envoy After Airspace Breach')).toContainEqual([
      'ACCUSE',
      ['est'],
      ['rus'],
      'occurred',
    ]);
  });

  it('keeps its party before the headline verb', () => {
    const events = typed('Chinese Envoy Meets Taliban Leaders In Kabul');
    expect(events.filter((e) => e[0] === 'CONSULT').flatMap((e) => [...e[1], ...e[2]])).toContain('chn');
  });

  it('still lets a title introduce an unknown name in a sentence', () => {
    const events = typed('The Chinese envoy Liang Wenbo met Taliban leaders in Kabul on Monday.');
    expect(events.flatMap((e) => [...e[1], ...e[2]])).not.toContain('chn');
  });
});
