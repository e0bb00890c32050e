import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// MOBILIZE as the CAMEO-to-PLOVER table files 150-154: aircraft flown or sent near, around or toward another state
// (a demonstration of military power, not aid), reservists called up for an operation, and security stepped up or
// tightened along a border or in a place (police power increased). Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');
const kinds = (text: string) => typed(text).map((e) => e[0]);

describe('a show or increase of force', () => {
  it('is aircraft sent or flown near, around or toward a state, not aid to it', () => {
    expect(typed('Beijing sent 25 warplanes around Taiwan on Sunday.')).toContainEqual([
      'MOBILIZE',
      ['chn'],
      ['twn'],
      'occurred',
    ]);
    expect(kinds('Russia flew two strategic bombers near Japanese airspace.')).toEqual(['MOBILIZE']);
    expect(kinds('Beijing sent 25 warplanes around Taiwan on Sunday.')).not.toContain('AID');
  });

  it('is reservists called up for an operation, not a request', () => {
    expect(kinds('Israel called up 40,000 reservists for the offensive in Gaza.')).toEqual(['MOBILIZE']);
  });

  it('is security stepped up, beefed up or tightened', () => {
    expect(kinds('India beefed up security along the Line of Control on Friday.')).toEqual(['MOBILIZE']);
    expect(kinds('Nigeria tightened security around its oil terminals.')).toEqual(['MOBILIZE']);
    expect(kinds('Somalia stepped up security in Mogadishu after the bombing.')).toContain('MOBILIZE');
  });

  it('leaves security cooperation alone', () => {
    expect(kinds('The two governments agreed to increase security cooperation.')).not.toContain('MOBILIZE');
  });
});
