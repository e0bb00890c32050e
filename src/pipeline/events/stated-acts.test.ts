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
