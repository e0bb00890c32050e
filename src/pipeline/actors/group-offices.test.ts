import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const parties = (text: string, type: string) =>
  eventsOf(text, '2024-05-20')
    .filter((e) => e.type === type)
    .flatMap((e) => [...e.source, ...e.target])
    .sort();

describe("an armed group's office names the group's person who holds it for the state it governs", () => {
  it('reads "the Taliban\'s foreign minister" and "the Taliban foreign minister" as the holder', () => {
    expect(parties("Iran hosted the Taliban's foreign minister in Tehran on Sunday.", 'CONSULT')).toEqual([
      'amir-khan-muttaqi',
      'irn',
    ]);
    expect(parties('China received the Taliban foreign minister in Beijing on Monday.', 'CONSULT')).toEqual([
      'amir-khan-muttaqi',
      'chn',
    ]);
  });
});
