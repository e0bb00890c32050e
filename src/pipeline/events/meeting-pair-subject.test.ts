import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "after talks in Moscow last October": a meeting noun in a time phrase of the main clause is the main clause
// subject's meeting, dated by its own date. When the subject is a pair phrase ("the two governments", "both
// sides") standing for the two parties named before, the meeting is theirs. Each text is the team's own.
const PUBLISHED = '2025-03-14';
const meeting = (text: string) => eventsOf(text, PUBLISHED).find((e) => e.type === 'CONSULT');
const partiesOf = (e: { source: string[]; target: string[] } | undefined) =>
  [...(e?.source ?? []), ...(e?.target ?? [])].sort();

describe('talks in a time phrase of a clause whose subject is a pair phrase', () => {
  it('gives "after talks in Moscow last October" to the two governments, dated to that month', () => {
    const talks = meeting(
      'Kyrgyzstan and Tajikistan signed a treaty on Thursday.\nThe two governments had agreed to withdraw border guards from disputed posts after talks in Moscow last October.',
    );
    expect(partiesOf(talks)).toEqual(['kgz', 'tjk']);
    expect(talks).toMatchObject({ modality: 'occurred', date: '2024-10-01', datePrecision: 'month' });
  });

  it('gives "after talks in Doha last month" to both sides', () => {
    const talks = meeting(
      'Kinshasa and Kigali signed a peace deal in Washington on Friday.\nBoth sides had agreed to a truce after talks in Doha last month.',
    );
    expect(partiesOf(talks)).toEqual(['cod', 'rwa']);
    expect(talks).toMatchObject({ date: '2025-02-01', datePrecision: 'month' });
  });

  it('gives "following negotiations in Istanbul in March" to the two sides', () => {
    const talks = meeting(
      'Russia and Ukraine swapped 300 prisoners each on Monday.\nThe two sides had agreed to the exchange following negotiations in Istanbul in March.',
    );
    expect(partiesOf(talks)).toEqual(['rus', 'ukr']);
    expect(talks).toMatchObject({ date: '2025-03-01', datePrecision: 'month' });
  });

  it('reads nothing when the pair phrase has no two parties before it', () => {
    expect(meeting('The two governments met again after talks in Moscow last October.')).toBeUndefined();
  });
});
