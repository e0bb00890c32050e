import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "a drone strike on Saada", "missile strikes on Damascus": a weapon and "strike" are one noun, an attack told as
// done, not a weapon that strikes now. Published on Wednesday 2025-06-18. The sentences are the team's own.
const PUBLISHED = '2025-06-18';
const assaults = (text: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => `${e.modality} ${e.date}/${e.datePrecision}`);

describe('a weapon noun and "strike" read as one noun', () => {
  it('is an attack done, dated as a past one', () => {
    expect(assaults('A Saudi drone strike on Saada killed four people on Monday.')).toContain(
      'occurred 2025-06-16/day',
    );
    expect(assaults('A Saudi drone strike on Saada killed four people on Monday.')).not.toContain(
      'ongoing 2025-06-23/day',
    );
    expect(assaults('Israeli missile strikes on Damascus killed three people on Sunday.')).toEqual([
      'occurred 2025-06-15/day',
    ]);
  });

  it('is done as the object of a verb in the past', () => {
    expect(assaults('Syria condemned the Israeli missile strike on Damascus.')).toEqual([
      'occurred 2025-06-18/unknown',
    ]);
  });

  it('leaves weapons that strike as a verb in the present', () => {
    expect(assaults('Missiles strike Kharkiv as the talks stall.')).toEqual(['ongoing 2025-06-18/unknown']);
  });
});
