import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';
import { trailingParticipleAt } from '../text/trailing-participles.ts';
import { tokenize } from '../text/tokens.ts';

// The team's own sentences. "A struck a city, damaging B's consulate": the participle after the comma has its own
// object; the place the attack fell on names the one attacked, not the party the participle names.
describe('the target of an attack before a participle clause', () => {
  it('is the state of the place attacked, not the party the participle names', () => {
    expect(dyadLine('Russia launched drones at Kharkiv overnight, damaging the Polish consulate.', 'ASSAULT')).toBe(
      'rus>ukr',
    );
    expect(dyadLine('Russia fired missiles at Lviv on Sunday, hitting the Hungarian consulate.', 'ASSAULT')).toBe(
      'rus>ukr',
    );
  });

  it('still reaches a party a phrase in "including" names', () => {
    expect(
      dyadLine('Pakistani forces shelled villages along the border, including several Afghan settlements.', 'ASSAULT'),
    ).toBe('pak-military>afg');
  });
});

describe('trailingParticipleAt', () => {
  const tokens = tokenize('struck Kyiv overnight, damaging the consulate, including its gate');
  it('finds the comma before a participle, not before "including"', () => {
    expect(trailingParticipleAt(tokens, 0, tokens.length)).toBe(3);
    expect(trailingParticipleAt(tokens, 4, tokens.length)).toBe(tokens.length);
  });
});
