import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// "The military" before a noun for what is agreed, shared or held ("the military agreement", "the military
// exercises") is an adjective, not the forces of the state named last. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('"the military" before a noun it describes', () => {
  it('names no party, so the verb keeps its object', () => {
    const events = typed('Seoul pulled out of the military agreement with Pyongyang on Monday.');
    expect(events).toContainEqual(['SANCTION', ['kor'], ['prk'], 'occurred']);
    expect(events.flatMap((e) => [...e[1], ...e[2]])).not.toContain('kor-military');
  });

  it('leaves the military as an actor before a verb', () => {
    expect(typed('Niger said the military attacked a convoy near the border with Mali.')[0]?.[1]).toEqual([
      'ner-military',
    ]);
  });
});
