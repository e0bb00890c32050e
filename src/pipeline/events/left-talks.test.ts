import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// Walking out of, pulling out of or withdrawing from talks halts the negotiations: CAMEO's verb dictionary codes
// such verbs 164 (halt negotiations), which the CAMEO-to-PLOVER table files under SANCTION. The one who leaves
// is the source, the other side of the talks the target. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('leaving talks', () => {
  it('is a SANCTION by the one who leaves, aimed at the other side of the talks', () => {
    expect(typed('Armenia walked out of the meeting with Azerbaijan on Friday.')).toContainEqual([
      'SANCTION',
      ['arm'],
      ['aze'],
      'occurred',
    ]);
    expect(typed('Hamas pulled out of the ceasefire negotiations with Israel.')).toContainEqual([
      'SANCTION',
      ['hamas'],
      ['isr'],
      'occurred',
    ]);
    expect(typed('North Korea walked away from nuclear talks with the United States.')).toContainEqual([
      'SANCTION',
      ['prk'],
      ['usa'],
      'occurred',
    ]);
  });

  it('is no withdrawal of forces', () => {
    const events = typed('The M23 withdrew from the peace talks with Kinshasa.');
    expect(events).toContainEqual(['SANCTION', ['m23'], ['cod'], 'occurred']);
    expect(events.filter((e) => e[0] === 'RETREAT')).toEqual([]);
  });

  it('is no leaving of talks held after a withdrawal', () => {
    const events = typed('Kenyan troops pulled out of the towns after talks with Somalia.');
    expect(events.filter((e) => e[0] === 'SANCTION')).toEqual([]);
  });

  it('leaves a withdrawal from a place a RETREAT', () => {
    expect(typed('Israel withdrew its troops from Gaza.').map((e) => e[0])).toEqual(['RETREAT']);
    expect(typed('Russian forces pulled out of Kherson.').map((e) => e[0])).toEqual(['RETREAT']);
  });

  it('is planned when a party says it will leave', () => {
    expect(typed('Ukraine said it would walk out of the talks with Russia.')).toContainEqual([
      'SANCTION',
      ['ukr'],
      ['rus'],
      'planned',
    ]);
  });
});
