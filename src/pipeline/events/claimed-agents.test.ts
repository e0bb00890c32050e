import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A party denying that its own forces or equipment were hit, told in the passive with no agent ("denied that its
// jets had been shot down"), denies the act another party claims: when the sentence names that party's claim or
// statement ("calling the Pakistani claim false", "dismissing Ukraine's claims"), the claimant is the one said to
// have done it, and the act stays denied. Each sentence is the team's own.
const assaults = (text: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('an agentless act a party denies, against another party’s claim', () => {
  it('is done by the party whose claim the sentence names', () => {
    expect(assaults('India denied that its jets had been shot down, calling the Pakistani claim false.')).toEqual([
      'pak>ind denied',
    ]);
    expect(assaults('Moscow denied that its airbase had been attacked, dismissing Ukraine’s claims.')).toEqual([
      'ukr>rus denied',
    ]);
    expect(
      assaults('Armenia denied that its positions had been shelled and rejected the Azerbaijani statement.'),
    ).toEqual(['aze>arm denied']);
  });

  it('is left without an agent when no claim is named, and keeps an agent named', () => {
    expect(assaults('India denied that its jets had been shot down.')).toEqual([]);
    expect(assaults('Israel denied that its drone had been downed by Hezbollah.')).toEqual(['hezbollah>isr denied']);
  });
});
