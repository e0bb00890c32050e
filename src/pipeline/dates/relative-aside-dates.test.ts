import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences, published Tuesday 8 July 2025. A relative clause set off by commas tells another
// occasion of its antecedent: its date is not that of what the main clause, or a complement of it, tells.
const PUBLISHED = '2025-07-08';
const dateOf = (text: string, type: string) => eventsOf(text, PUBLISHED).find((e) => e.type === type)?.date;

describe('the date of a relative clause set off by commas', () => {
  it('does not date the complement of the main verb', () => {
    expect(
      dateOf(
        'The TPLF, which signed a truce with Ethiopia on Friday, accused Eritrea of attacking civilians.',
        'ASSAULT',
      ),
    ).toBe('2025-07-08');
    expect(dateOf('Pakistan, which had shelled Indian posts on Sunday, agreed to meet India.', 'CONSULT')).toBe(
      '2025-07-08',
    );
    expect(
      dateOf('Sudan, which had expelled Kenyan diplomats in March, accused Nairobi of arming the RSF.', 'AID'),
    ).toBe('2025-07-08');
  });

  it('does not date a main verb when it is in the past perfect', () => {
    expect(
      dateOf('Thailand accused Cambodia, which had laid new mines on Sunday, of breaking the truce.', 'ACCUSE'),
    ).toBe('2025-07-08');
  });

  it('is not joined to an act of the main clause', () => {
    const attacks = eventsOf(
      'The army, which recaptured the airport on Friday, said it would attack the RSF.',
      PUBLISHED,
    );
    expect(attacks.filter((e) => e.type === 'ASSAULT' && e.modality === 'planned').map((e) => e.date)).toEqual([
      '2025-07-08',
    ]);
  });

  it('still dates the act inside it', () => {
    expect(dateOf('Pakistan, which had shelled Indian posts on Sunday, agreed to meet India.', 'ASSAULT')).toBe(
      '2025-07-06',
    );
  });
});
