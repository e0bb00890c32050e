import { describe, expect, it } from 'vitest';
import { dayOf } from '../test-support/resources.ts';

// "..., chaired by Qatar's prime minister, who shuttled between the delegations on Sunday.": a relative clause in
// the past that ends the sentence tells of the same occasion, as one between commas does, so its date is the
// last resort of a main clause that states none; a verb of another kind that owns the date keeps it to itself.
// Published Monday 7 July 2025. The sentences are the team's own.
describe('a past relative clause closing the sentence dates an undated main clause', () => {
  it.each([
    [
      "The talks in Doha were chaired by Qatar's prime minister, who shuttled between the delegations on Sunday.",
      'CONSULT',
      '2025-07-06',
    ],
    [
      'Egypt hosted the negotiations in Cairo, which were attended by William Burns on Thursday.',
      'CONSULT',
      '2025-07-03',
    ],
  ])('%s: %s on %s', (sentence, type, date) => {
    expect(dayOf(sentence, type)).toEqual({ date, precision: 'day' });
  });
});

describe('a trigger of another kind in the relative clause keeps the date', () => {
  it('"which seized the town in March" does not date the sanction', () => {
    expect(dayOf('The EU sanctioned the Wagner Group, which seized the town in March.', 'SANCTION').precision).toBe(
      'unknown',
    );
  });
});
