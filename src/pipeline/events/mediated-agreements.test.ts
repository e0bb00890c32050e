import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. Published Tuesday 8 July 2025.
const PUBLISHED = '2025-07-08';
const consults = (text: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === 'CONSULT')
    .map((e) => [e.source, e.target]);

// "the ceasefire brokered by Qatar", "Egypt mediated a truce": mediating is CONSULT in PLOVER. A mediator of a
// ceasefire, truce or deal takes part in it as a host takes part in the talks it hosts, even when the sentence
// does not name the two sides.
describe('the mediator of an agreement', () => {
  it('is kept when the sides go unnamed', () => {
    expect(consults('The ceasefire brokered by Qatar took effect on Sunday.')).toEqual([[['qat'], []]]);
    expect(consults('Turkey brokered the grain deal in 2022.')).toEqual([[['tur'], []]]);
    expect(consults('The prisoner swap was mediated by the United Arab Emirates.')).toEqual([[['are'], []]]);
  });

  it('meets the party that acts under the agreement', () => {
    expect(consults('Armenian troops withdrew from four border villages under a deal brokered by Russia.')).toEqual([
      [['rus'], ['arm']],
    ]);
    expect(consults('Hamas freed three hostages on Saturday under a truce mediated by Egypt.')).toEqual([
      [['egy'], ['hamas']],
    ]);
  });

  it('needs an agreement: a mediator of nothing named is not kept', () => {
    expect(consults('Oman has mediated for years.')).toEqual([]);
  });
});

describe('an aim to mediate an agreement', () => {
  it('is not kept with the mediator alone', () => {
    expect(consults('Kenya is working hard to broker a deal.')).toEqual([]);
  });
});
