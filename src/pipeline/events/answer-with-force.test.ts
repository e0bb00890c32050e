import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const typed = (text: string, type: string) => eventsOf(text, '2025-07-08').filter((e) => e.type === type);

describe('a warning that something would be met with force', () => {
  it('is a threat by the one who warns, against the party whose act would be answered', () => {
    const threats = typed('Any Somali incursion will be met with force, Kenya said on Monday.', 'THREATEN').filter(
      (e) => e.trigger.text === 'be met with force',
    );
    expect(threats.map((e) => [e.source, e.target])).toEqual([[['ken'], ['som']]]);
  });

  it('is not read as a meeting when the passive answers a thing', () => {
    expect(typed('The march in Minsk was met with tear gas on Sunday.', 'CONSULT')).toEqual([]);
  });

  it('still reads a passive meeting with its agent', () => {
    expect(typed('Ruto was met by Museveni at the airport on Monday.', 'CONSULT').length).toBeGreaterThan(0);
  });
});

describe('a verb after "but" shares the subject of the verb before', () => {
  it('gives a warning after a welcome to the one who welcomed', () => {
    const threats = typed(
      'Moscow said it welcomed the talks but warned Tbilisi against letting foreign troops in.',
      'THREATEN',
    );
    expect(threats.map((e) => [e.source, e.target])).toEqual([[['rus'], ['geo']]]);
  });
});
