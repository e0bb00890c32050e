import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A meeting put off or called off by a verb that stands far from its noun: before a long object ("postponed the
// next round of talks") or after an aside that follows the noun ("the summit, planned for May, was called off").
// It did not take place: denied, or planned when a new date is given. Each sentence is the team's own.
const modalityOf = (text: string, type = 'CONSULT') =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('a meeting put off by the verb governing a long object', () => {
  it('is denied', () => {
    expect(modalityOf('Colombia and the ELN postponed the next round of talks.')).toEqual(['denied']);
    expect(modalityOf('The Taliban cancelled the second round of negotiations with Islamabad.')).toEqual(['denied']);
    expect(modalityOf('Serbia and Kosovo called off the fourth round of their talks in Brussels.')).toEqual(['denied']);
  });

  it('leaves a meeting held or resumed as it is told', () => {
    expect(modalityOf('Colombia and the ELN resumed the next round of talks.')).toEqual(['occurred']);
  });
});

describe('a meeting put off after an aside', () => {
  it('is denied with no new date', () => {
    expect(modalityOf('The summit between Ruto and Museveni, planned for next week, was called off.')).toEqual([
      'denied',
    ]);
    expect(
      modalityOf('The talks between Ethiopia and Egypt, which were due to open in Cairo, have been postponed.'),
    ).toEqual(['denied']);
  });

  it('is planned when put off to a new date', () => {
    expect(
      modalityOf('Talks between Armenia and Azerbaijan in Washington, set for Monday, were put off until next month.'),
    ).toEqual(['planned']);
  });

  it('is denied for a signing too', () => {
    expect(
      modalityOf(
        'The signing of the peace deal between Rwanda and Congo, expected on Friday, has been delayed.',
        'AGREE',
      ),
    ).toEqual(['denied']);
  });

  it('leaves a meeting that the aside says was held as it is told', () => {
    expect(modalityOf('The meeting between Lavrov and Rubio, held in Riyadh, lasted four hours.')).toEqual([
      'occurred',
    ]);
  });
});
