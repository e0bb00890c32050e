import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A verbal act of conflict in the simple present ("Kyiv rejects the plan", "India, which blames ...") is a
// statement made, so it occurred; the progressive and other acts in the present keep their own reading. The
// sentences are the team's own.
const modalityOf = (sentence: string, type: string) => {
  const event = eventsOf(sentence, '2025-07-07').find((e) => e.type === type);
  expect(event, `no ${type} event`).toBeDefined();
  return event!.modality;
};

describe('a verbal act in the simple present is a statement made', () => {
  it.each([
    ['India, which blames Pakistan-based militants for the killings, has expelled its advisers.', 'ACCUSE'],
    ['Kyiv rejects the Russian plan for a buffer zone.', 'REJECT'],
    ['Rwanda accuses Kinshasa of arming the FDLR.', 'ACCUSE'],
    ['Azerbaijan demands that Armenia change its constitution.', 'REQUEST'],
  ])('%s: %s occurred', (sentence, type) => {
    expect(modalityOf(sentence, type)).toBe('occurred');
  });
});

describe('other present readings stay', () => {
  it.each([
    ['Trump is pressing Netanyahu to accept the deal.', 'REQUEST', 'ongoing'],
    ['Russia strikes Kyiv with drones.', 'ASSAULT', 'ongoing'],
    ['Sudan continues to demand that the RSF leave the cities it holds.', 'REQUEST', 'ongoing'],
  ])('%s: %s %s', (sentence, type, modality) => {
    expect(modalityOf(sentence, type)).toBe(modality);
  });
});

describe('a stated future acceptance is an agreement made when said', () => {
  it.each([
    ['The RSF said it would accept a humanitarian truce proposed by Saudi Arabia and the United States.', 'occurred'],
    ['Hamas said it would accept the ceasefire proposal.', 'occurred'],
    ['Kyiv will agree to the American plan, Zelensky said.', 'occurred'],
    // a condition, a schedule by others and a signing set for a day keep their readings
    ['Russia would accept a ceasefire only if Ukraine stopped mobilising, Lavrov said.', 'hypothetical'],
    ['Hamas is expected to accept the deal.', 'planned'],
    ['Armenia and Azerbaijan will sign the peace treaty on Friday.', 'planned'],
  ])('%s: AGREE %s', (sentence, modality) => {
    expect(modalityOf(sentence, 'AGREE')).toBe(modality);
  });
});
