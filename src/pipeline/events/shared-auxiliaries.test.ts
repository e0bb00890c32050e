import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Two verbs joined by "and" under one modal share it: the second is as planned or as hypothetical as the first.
// Each sentence is the team's own, about several conflicts.
const modalityOf = (text: string, type: string) =>
  eventsOf(text, '2025-07-07')
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('a verb joined by "and" to one under a modal', () => {
  it.each([
    ['Armenia will sign the treaty and withdraw its troops from the border.', 'RETREAT', 'planned'],
    ['Kyiv could expel the envoy and sever ties with Moscow.', 'SANCTION', 'hypothetical'],
    ['Pakistan may recall its ambassador and suspend trade with India.', 'SANCTION', 'hypothetical'],
    ['Tehran said it would free the detained sailors and reopen the embassy.', 'SUPPORT', 'planned'],
  ])('shares the modal in "%s"', (text, type, modality) => {
    expect(modalityOf(text, type)).toEqual([modality]);
  });

  it('shares a passive\'s "will be" with a participle joined to it', () => {
    expect(modalityOf('The drones will be paid for by Norway and delivered to Ukraine.', 'AID')).toEqual(['planned']);
  });

  it('shares a negated modal too', () => {
    expect(modalityOf('Russia would not withdraw its troops and sign the deal.', 'AGREE')).toContain('denied');
  });

  it.each([
    ['Pakistan has recalled its ambassador and suspended trade with India.', 'SANCTION'],
    ['The drones were paid for by Norway and delivered to Ukraine.', 'AID'],
  ])('leaves a verb with no modal before it in its tense: "%s"', (text, type) => {
    expect(modalityOf(text, type)).toEqual(['occurred']);
  });
});
