import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "activated its standby force", "ordered the activation of reservists": putting forces on call is a
// mobilisation (PLOVER MOBILIZE), told with the verb or the noun; a hotline or a plan activated is not.
// Published Friday 11 August 2023. The sentences are the team's own.
const FRIDAY = '2023-08-11';
const mobilised = (text: string) =>
  eventsOf(text, FRIDAY)
    .filter((e) => e.type === 'MOBILIZE')
    .map((e) => `${e.source.join('+')} ${e.date ?? '-'}`);

describe('activating forces is a mobilisation', () => {
  it('told with the verb', () => {
    expect(mobilised('The African Union activated its standby force on Monday.')).toEqual(['african-union 2023-08-07']);
    expect(mobilised('Israel activated thousands of reservists on Sunday.')).toEqual(['isr 2023-08-06']);
  });

  it('told with the noun after a verb of ordering', () => {
    expect(mobilised('ECOWAS on Thursday ordered the activation of a standby force.')).toEqual(['ecowas 2023-08-10']);
  });

  it('not for things that are no forces', () => {
    expect(mobilised('The ministry activated its emergency hotline on Monday.')).toEqual([]);
  });
});
