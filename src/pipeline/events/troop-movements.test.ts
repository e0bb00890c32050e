import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Armed units as the subject of a journey or of a passive withdrawal. Each sentence is the team's own.
const types = (text: string) => eventsOf(text).map((e) => e.type);
const of = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

describe('armed units arriving somewhere', () => {
  it('makes arriving peacekeepers a peacekeeping AID, not a visit', () => {
    const text = 'The first contingent of African Union peacekeepers arrived in Mogadishu on Monday.';
    expect(of(text, 'AID').map((e) => [e.source, e.target, e.mode])).toEqual([
      [['african-union'], ['som'], 'peacekeeping'],
    ]);
    expect(types(text)).not.toContain('CONSULT');
  });

  it('makes other arriving troops a MOBILIZE', () => {
    expect(of('Russian troops arrived in Belarus ahead of joint drills.', 'MOBILIZE').map((e) => e.source)).toEqual([
      ['rus-military'],
    ]);
    expect(types('Indian troops have arrived in the Maldives to guard the airport.')).toContain('MOBILIZE');
  });

  it('leaves a minister arriving a visit', () => {
    expect(types('The Ukrainian foreign minister arrived in Warsaw on Monday.')).not.toContain('MOBILIZE');
  });
});

describe('a passive withdrawal with no agent', () => {
  it("gives the withdrawal to the units' own side", () => {
    expect(of('Forty UN monitors were pulled out of Goma on Friday.', 'SANCTION').map((e) => e.source)).toEqual([
      ['un'],
    ]);
    const demobilized = 'One third of the M23 fighters operating in Kivu have been demobilized since the accord.';
    expect(of(demobilized, 'RETREAT').map((e) => e.source)).toEqual([['m23']]);
  });

  it('keeps the agent of a passive with "by" as the source', () => {
    const text = 'Sudanese army units were disarmed by the RSF near El Fasher.';
    expect(of(text, 'RETREAT').flatMap((e) => e.source)).not.toContain('sdn-military');
  });
});

describe('a withdrawal named by a noun', () => {
  it('gives the withdrawal to the units named after "of"', () => {
    expect(
      of('The withdrawal of Rwandan troops from eastern Congo began on Monday.', 'RETREAT').map((e) => e.source),
    ).toEqual([['rwa-military']]);
    expect(of('The pullout of Russian forces from Kherson was completed.', 'RETREAT').map((e) => e.source)).toEqual([
      ['rus-military'],
    ]);
  });
});
