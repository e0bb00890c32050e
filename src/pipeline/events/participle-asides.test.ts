import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. Published Tuesday 8 July 2025.
const PUBLISHED = '2025-07-08';
const dyads = (text: string) => eventsOf(text, PUBLISHED).map((e) => [e.type, e.source, e.target]);

// "Rwanda, accused by Kinshasa of backing the M23, denied the charge": a passive participle set off by commas
// between a subject and its verb is an aside on the subject. Its "by" phrase acts on the subject, and it names
// no counterpart for the main verb.
describe('a passive participle in an aside after the subject', () => {
  it('has its "by" phrase act on the subject', () => {
    expect(dyads('Taiwan, criticised by China, held live-fire drills on Monday.')).toContainEqual([
      'ACCUSE',
      ['chn'],
      ['twn'],
    ]);
    expect(dyads('Eritrea, sanctioned by the UN in 2009, closed its border with Ethiopia.')).toContainEqual([
      'SANCTION',
      ['un'],
      ['eri'],
    ]);
  });

  it('leaves the subject as the one who acts in the charged act and the denial', () => {
    const found = dyads('Rwanda, accused by Kinshasa of arming the M23, denied the charge on Monday.');
    expect(found).toContainEqual(['ACCUSE', ['cod'], ['rwa']]);
    expect(found).toContainEqual(['AID', ['rwa'], ['m23']]);
    expect(found).toContainEqual(['REJECT', ['rwa'], ['cod']]);
  });

  it('names no target for the main verb', () => {
    const found = dyads('North Korea, sanctioned by the UN since 2006, launched a ballistic missile on Monday.');
    expect(found.filter(([type]) => type === 'ASSAULT')).toEqual([['ASSAULT', ['prk'], []]]);
  });
});
