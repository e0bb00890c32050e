import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Withdrawing from, pulling out of or backing out of a treaty, pact, deal or accord reduces relations: CAMEO's verb
// dictionary codes "withdraw from &TREATY" and "from coalition" 161 (reduce or break diplomatic relations), which
// the CAMEO-to-PLOVER table files under SANCTION (withdraw, diplomatic); RETREAT's withdrawals (0872, 0874) are
// of forces. The one who leaves is the source, the party the agreement is with the target. Each sentence is the
// team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');
const kinds = (text: string) => typed(text).map((e) => e[0]);

describe('leaving a treaty or agreement', () => {
  it('is a SANCTION by the one who leaves, aimed at the other party named', () => {
    expect(typed('Washington withdrew from the arms control treaty with Moscow on Friday.')).toContainEqual([
      'SANCTION',
      ['usa'],
      ['rus'],
      'occurred',
    ]);
    expect(typed('Russia pulled out of the grain export deal with Ukraine on Monday.')).toContainEqual([
      'SANCTION',
      ['rus'],
      ['ukr'],
      'occurred',
    ]);
    expect(typed('Mali withdrew from the Algiers peace accord on Thursday.')).toContainEqual([
      'SANCTION',
      ['mli'],
      [],
      'occurred',
    ]);
  });

  it('is no withdrawal of forces', () => {
    expect(kinds('Iran pulled out of the nuclear pact with the European powers.')).not.toContain('RETREAT');
    expect(kinds('Niger withdrew from the defence agreement with France.')).not.toContain('RETREAT');
    expect(kinds('Seoul backed out of the military agreement with Pyongyang.')).toContain('SANCTION');
  });

  it('is planned when a party says it will leave', () => {
    expect(typed('North Korea said it would withdraw from the border agreement with Seoul.')).toContainEqual([
      'SANCTION',
      ['prk'],
      ['kor'],
      'planned',
    ]);
  });

  it('leaves withdrawals of troops and from places a RETREAT', () => {
    expect(kinds('Ethiopian troops withdrew from Mekelle on Monday.')).toEqual(['RETREAT']);
    expect(kinds('France pulled its troops out of Mali.')).toEqual(['RETREAT']);
  });
});
