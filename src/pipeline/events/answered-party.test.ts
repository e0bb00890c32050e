import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The target of an answer (a refusal, a concession, an acceptance) is the party whose proposal, demand or
// offer it answers, named inside the answer's object. Each sentence is the team's own.
const PUBLISHED = '2025-07-08';
const targets = (text: string, type: string) =>
  [
    ...new Set(
      eventsOf(text, PUBLISHED)
        .filter((e) => e.type === type)
        .flatMap((e) => e.target),
    ),
  ].sort();

describe('the party an answer responds to', () => {
  it('takes the possessor of a call or demand ("the TPLF\'s call")', () => {
    expect(targets("Eritrea's government rejected the TPLF's call for a truce.", 'REJECT')).toEqual(['tplf']);
  });

  it('takes the state of an adjective before a proposal ("the American proposal")', () => {
    expect(targets('Sudan rejected the American proposal on Monday.', 'REJECT')).toEqual(['usa']);
  });

  it('takes the party named after talks "with"', () => {
    expect(targets('Iran rejected direct negotiations with the United States.', 'REJECT')).toEqual(['usa']);
  });

  it('does not take a party named after the answer in another clause', () => {
    expect(targets("Mali rejected the plan; Algeria's proposal is still on the table.", 'REJECT')).toEqual([]);
  });

  it('does not take the answerer itself', () => {
    expect(targets("Ghana rejected Ghana's own proposal.", 'REJECT')).toEqual([]);
  });
});
