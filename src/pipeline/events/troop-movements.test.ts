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

describe('armed units entering or leaving a place', () => {
  const read = (text: string) => eventsOf(text).map((e) => [e.type, e.source, e.target]);

  it("makes a state's forces entering another state's place an attack on that state", () => {
    expect(read('Ethiopian troops entered the Somali town of Baidoa on Sunday.')).toEqual([
      ['ASSAULT', ['eth-military'], ['som']],
    ]);
    expect(read('Azerbaijani tanks rolled into Armenia at dawn.')).toEqual([['ASSAULT', ['aze'], ['arm']]]);
  });

  it('makes armed groups entering a town an attack on its state', () => {
    expect(read('Al-Shabaab fighters entered Baidoa on Sunday.')).toEqual([['ASSAULT', ['al-shabaab'], ['som']]]);
  });

  it('makes police or troops entering a city of their own state a mobilisation', () => {
    expect(read('Kenyan police entered Mombasa on Sunday.')).toEqual([['MOBILIZE', ['ken-police'], []]]);
    expect(eventsOf('Riot police entered Tbilisi before dawn.').map((e) => [e.type, e.mode])).toEqual([
      ['MOBILIZE', 'police'],
    ]);
  });

  it("makes units leaving a place a withdrawal, from the place's state when it is another's", () => {
    expect(read('The last French soldiers left Niamey on Friday.')).toEqual([['RETREAT', ['fra-military'], ['ner']]]);
    expect(read('Ethiopian troops pulled out of Baidoa on Friday.')).toEqual([['RETREAT', ['eth-military'], ['som']]]);
    expect(read('Uganda withdrew its troops from Bunia in 2003.')).toEqual([['RETREAT', ['uga'], ['cod']]]);
    // A state said to withdraw from somewhere may be leaving a deal as much as a town: no target from the place.
    // Leaving talks is a SANCTION (CAMEO 164, halt negotiations: left-talks.test.ts), not a withdrawal.
    expect(read('Ethiopia withdrew from Baidoa talks on Friday.')).toEqual([['SANCTION', ['eth'], []]]);
  });

  it('reads no event when people other than units enter or leave', () => {
    expect(eventsOf('The Kenyan minister entered the hall and left the summit early.')).toEqual([]);
    expect(eventsOf('Three journalists left Khartoum on Friday.')).toEqual([]);
  });
});
