import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// In the passive, the object of a verb-and-object pattern is the subject before the verb ("the ambassador was
// summoned by ..."): the pattern is read there, with the "by" agent as its actor. Each sentence is the team's own.
const PUBLISHED = '2025-07-07'; // a Monday
const typed = (text: string) => eventsOf(text, PUBLISHED).map((e) => [e.type, e.source, e.target, e.date]);

describe('a verb-and-object pattern in the passive', () => {
  it.each([
    [
      'The Russian ambassador was summoned by the Moldovan foreign ministry on Monday.',
      ['ACCUSE', ['mda'], ['rus'], '2025-07-07'],
    ],
    ['New sanctions on Belarus were imposed by the EU on Friday.', ['SANCTION', ['eu'], ['blr'], '2025-07-04']],
    ['A three-day truce was declared by the RSF on Sunday.', ['RETREAT', ['rsf'], [], '2025-07-06']],
    ['The Iranian proposal was accepted by Washington on Sunday.', ['AGREE', ['usa'], ['irn'], '2025-07-06']],
  ])('reads "%s"', (text, event) => {
    expect(typed(text)).toEqual([event]);
  });

  it('reads only a passive that names its agent', () => {
    expect(typed('New sanctions on Belarus were imposed on Friday.').map(([type]) => type)).not.toContain('SANCTION');
  });

  it('leaves a subject that is no object of the pattern to the verb alone', () => {
    expect(typed('The convoy was declared safe by the army.').map(([type]) => type)).not.toContain('RETREAT');
  });
});
