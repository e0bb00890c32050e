import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "The bloc on Thursday ordered ... to restore order": a day between the subject and a verb in the past is
// that verb's, a day gone by, even for an act the verb's clause aims at (hypothetical, planned). Published
// Friday 11 August 2023. The sentences are the team's own.
const FRIDAY = '2023-08-11';

const dateOf = (sentence: string, type: string) => {
  const event = eventsOf(sentence, FRIDAY).find((e) => e.type === type);
  expect(event, `no ${type} event in "${sentence}"`).toBeDefined();
  return event!.date;
};

describe('a day right before a verb in the past is gone by', () => {
  it.each<[string, string, string]>([
    ['The African Union on Tuesday ordered its envoys to negotiate with the rebels in Goma.', 'CONSULT', '2023-08-08'],
    ['ECOWAS on Thursday ordered troops to restore constitutional order in Niger.', 'SUPPORT', '2023-08-10'],
    ['Kenya on Monday asked Ethiopia to resume talks with Eritrea.', 'REQUEST', '2023-08-07'],
  ])('%s', (sentence, type, date) => {
    expect(dateOf(sentence, type)).toBe(date);
  });

  it('leaves a day after "will" or a verb in the present to come', () => {
    expect(dateOf('Kenya will on Monday host talks between Ethiopia and Eritrea.', 'CONSULT')).toBe('2023-08-14');
  });
});
