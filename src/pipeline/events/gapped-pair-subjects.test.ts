import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. "the truce both sides agreed", "the declaration the two countries signed": a relative
// clause with no relative word whose subject is a pair phrase reads the verb-and-object pattern of its antecedent
// noun, as it does with named subjects ("the deal Ethiopia and Eritrea signed"); the pair is the one the sentence
// told acting together before it, or the meeting reported last.
const PUBLISHED = '2025-07-08'; // a Tuesday
const agreements = (text: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === 'AGREE')
    .map((e) => [e.source, e.date] as const);

describe('a pair phrase as the subject of a relative clause with no relative word', () => {
  it('signs with the sides of a fight told earlier in the sentence', () => {
    expect(
      agreements('Clashes between Thailand and Cambodia resumed despite the truce both sides agreed on Monday.'),
    ).toEqual([[['tha', 'khm'], '2025-07-07']]);
  });

  it('signs with the parties of the meeting reported before', () => {
    expect(
      agreements('Serbia and Kosovo met in Brussels. The declaration the two sides signed on Friday opens the border.'),
    ).toEqual([[['srb', 'xkx'], '2025-07-04']]);
  });

  it('signs nothing when no pair was told', () => {
    expect(agreements('The framework the two sides signed in Doha last week has not stopped the fighting.')).toEqual(
      [],
    );
  });
});
