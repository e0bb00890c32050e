import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// What a negation reaches: not an act another party owns ("has not answered Hanoi's offer to ..."), and not
// into a condition ("if Minsk does not withdraw ..."), where the act is supposed, not said not to have happened.
// Each sentence is the team's own.
const PUBLISHED = '2025-06-13';
const modalities = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.modality]);

describe('a negation before a noun another party owns', () => {
  it("does not deny the owner's act", () => {
    // An offer's content is only offered: hypothetical, as without the negation.
    expect(modalities("Hamas has not responded to Israel's offer to release prisoners.", 'RETREAT')).toEqual([
      [['isr'], 'hypothetical'],
    ]);
    const liftings = modalities(
      "Moscow has not responded to Kyiv's decision to lift the blockade of the port.",
      'RETREAT',
    );
    expect(liftings.map((m) => m[0])).toEqual([['ukr']]);
    expect(liftings.map((m) => m[1])).not.toContain('denied');
    const suspensions = modalities(
      "Bangkok did not comment on Phnom Penh's decision to suspend border trade.",
      'SANCTION',
    );
    expect(suspensions.map((m) => m[0])).toEqual([['khm']]);
    expect(suspensions.map((m) => m[1])).not.toContain('denied');
  });

  it('still denies the act of the party that does not do it', () => {
    expect(modalities('Hanoi has not released the Chinese fishermen.', 'RETREAT')).toEqual([[['vnm'], 'denied']]);
  });
});

describe('a negation inside a condition', () => {
  it('makes the supposed act hypothetical, not denied', () => {
    expect(
      modalities('Ankara said it would act if Damascus did not withdraw its troops from the border.', 'RETREAT'),
    ).toEqual([[['syr'], 'hypothetical']]);
    expect(
      modalities('Washington warned of tariffs if Beijing did not agree to open its markets.', 'AGREE').map(
        (m) => m[1],
      ),
    ).not.toContain('denied');
  });
});
