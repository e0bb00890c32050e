import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const requests = (text: string, published = '2025-05-16') =>
  eventsOf(text, published)
    .filter((e) => e.type === 'REQUEST')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`)
    .join(' ');

// Refusing to act until or unless another party acts sets that act as a condition: a demand of that party.
describe('a refusal held until or unless another party acts', () => {
  it("is the refusing side's demand of that party", () => {
    expect(requests('Kinshasa refused to sign the accord unless Rwanda withdrew its troops.')).toBe('cod>rwa occurred');
    expect(
      requests('The Armenian delegation refused to negotiate until Azerbaijan lifted the blockade of the corridor.'),
    ).toBe('arm>aze occurred');
  });

  it('is a demand when a side says it will not act until the other does', () => {
    // Told before August 2021, when Kabul was the Republic's government, not the Taliban's (governing-groups.ts).
    expect(
      requests('The Taliban will not negotiate with Kabul until the government frees their prisoners.', '2020-05-16'),
    ).toMatch(/^taliban>afg occurred/);
  });

  it('is no demand when a past act merely waited for another', () => {
    expect(requests('Hamas did not fire until Israel struck the camp on Monday.')).toBe('');
  });
});
