import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// News puts when and how often between a verb and its "to": "offered last year to host", "agreed earlier this
// month to withdraw", "has offered again to mediate". The adverbial is skipped as a day is, so the offer or the
// agreement is still read, by the one who made it. Each sentence is the team's own.
const PUBLISHED = '2025-03-14';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

describe('an offer with a time or frequency adverbial before its "to"', () => {
  it.each([
    ['Moscow offered last year to host a three-way summit.', 'rus'],
    ['Ankara has offered again to mediate between the two sides.', 'tur'],
    ['Ankara has offered several times to mediate between Kyiv and Moscow.', 'tur'],
    ['Qatar offered earlier this month to host talks between Kinshasa and Kigali.', 'qat'],
    ['Oman offered once again to carry messages between Washington and Tehran.', 'omn'],
  ])('reads "%s" as an AGREE (an offer) by the one offering', (text, offering) => {
    const offers = of(text, 'AGREE');
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((e) => e.source.includes(offering) && e.modality === 'occurred')).toBe(true);
  });

  it('dates the offer by its adverbial', () => {
    const [offer] = of('Moscow offered last year to host a three-way summit.', 'AGREE');
    expect(offer).toMatchObject({ date: '2024-01-01', datePrecision: 'year' });
  });
});

describe('an agreement in the past perfect with an adverbial before its "to"', () => {
  it('reads "had agreed last year to withdraw" as an AGREE by both, the withdrawal planned', () => {
    const text = 'Kyrgyzstan and Tajikistan had agreed last year to withdraw border guards from disputed posts.';
    expect(of(text, 'AGREE').map((e) => e.source)).toEqual([['kgz', 'tjk']]);
    expect(of(text, 'RETREAT').every((e) => e.modality === 'planned')).toBe(true);
  });

  it('reads "had agreed earlier this month to exchange prisoners" the same way', () => {
    const text = 'Russia and Ukraine had agreed earlier this month to exchange prisoners.';
    expect(of(text, 'AGREE')).toMatchObject([{ source: ['rus', 'ukr'], date: '2025-03-01' }]);
  });
});
