import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A protest in a country is a protest against its government (PLOVER), but the city it is held in is where it
// happened, not a name of that government: no actor span claims the place. Each sentence is the team's own.
const protests = (text: string) => eventsOf(text, '2025-06-13').filter((e) => e.type === 'PROTEST');

describe('a protest held in a capital', () => {
  it("targets the state's government without naming it by the place", () => {
    const [event] = protests('Thousands of people protested in Tbilisi on Sunday against the new law.');
    expect(event?.target).toEqual(['geo']);
    expect(event?.actorSpans.map((s) => s.text)).not.toContain('Tbilisi');
  });

  it('does the same for a rally in another city', () => {
    const [event] = protests('Hundreds of students rallied in Chittagong on Monday.');
    expect(event?.actorSpans.map((s) => s.text)).not.toContain('Chittagong');
  });
});
