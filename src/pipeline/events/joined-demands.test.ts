import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A demand said with a verb of saying in the present joined by "and" or "but" to an earlier verb ("... and says
// X must ..."): the one who says it is the earlier verb's subject, and a negation of the earlier verb does not
// reach it. Each sentence is the team's own.
const requests = (text: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === 'REQUEST')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('a demand joined to an earlier verb', () => {
  it('is made by the subject of the verb before the conjunction', () => {
    expect(requests('Sudan’s government accepted the truce plan and says the RSF must leave the cities.')).toEqual([
      'sdn>rsf occurred',
    ]);
    expect(requests('Bamako welcomed the mediation but insists that Algiers should respect its sovereignty.')).toEqual([
      'mli>dza occurred',
    ]);
    expect(requests('Caracas rejected the ultimatum and says Washington must leave its waters.')).toEqual([
      'ven>usa occurred',
    ]);
  });

  it('is made, not denied, when the verb before it is negated', () => {
    expect(requests('Baku has not accepted the draft and says Yerevan must first change its constitution.')).toEqual([
      'aze>arm occurred',
    ]);
    expect(requests('Kinshasa has not signed the accord and insists Kigali should recall its envoy.')).toEqual([
      'cod>rwa occurred',
    ]);
  });

  it('keeps a demand said alone, and a negated saying', () => {
    expect(requests('Caracas says Washington must leave its waters.')).toEqual(['ven>usa occurred']);
    expect(requests('Caracas rejected the ultimatum and says Venezuela must stay calm.')).toEqual([]);
  });
});
