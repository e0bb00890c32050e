import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A warning addressed to a party ("told X that sanctions would follow unless ...") threatens the one told: the
// clause after "that" names no party before its verb, so the one told is its target, never its source. The
// measure a warning names after the day it was given ("warned X on Monday that new sanctions would follow") is a
// hypothetical SANCTION of the one who warns. Each sentence is the team's own.
const dyads = (text: string, type = 'THREATEN') =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('a warning told to a party', () => {
  it('threatens the one told, by an unnamed group that tells it', () => {
    expect(dyads('Arab officials warned Israel that consequences would follow if it annexed the West Bank.')).toEqual([
      'unresolved:arab-officials>isr occurred',
    ]);
    expect(
      dyads('Western diplomats told Tehran on Sunday that sanctions would follow if it expelled the inspectors.'),
    ).toEqual(['unresolved:western-diplomats>irn occurred']);
    expect(
      dyads('African envoys told Kigali that penalties would follow unless the M23 withdrew.', 'SANCTION'),
    ).toEqual(['unresolved:african-envoys>rwa hypothetical']);
  });

  it('has no threatener when no one tells it', () => {
    expect(dyads('It told Kigali that penalties would follow unless the M23 withdrew.')).toEqual([]);
  });

  it('is the teller’s threat against the one told when the teller is known', () => {
    expect(
      dyads('The African Union told Khartoum that sanctions would follow unless the army handed over power.'),
    ).toEqual(['african-union>sdn occurred']);
  });
});

describe('the measure a warning names after its day', () => {
  it('is a hypothetical SANCTION of the one who warns', () => {
    expect(dyads('The EU warned Minsk on Monday that new sanctions would follow.', 'SANCTION')).toEqual([
      'eu>blr hypothetical',
    ]);
    expect(dyads('Japan warned Beijing on Friday that countermeasures would follow.', 'SANCTION')).toEqual([
      'jpn>chn hypothetical',
    ]);
  });
});
