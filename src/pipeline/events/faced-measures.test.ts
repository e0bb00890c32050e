import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// A warning that a party "would face" or "would bear" a measure names what is threatened: PLOVER codes it besides
// the THREATEN as the measure itself, hypothetical, by the warning side's state, typed by what is threatened
// (sanctions and unnamed consequences a SANCTION, strikes or military action an ASSAULT). Each sentence is the
// team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');

describe('a warning that a party would face a measure', () => {
  it('adds the measure, hypothetical, by the state of the one who warns', () => {
    const events = typed(
      'Beijing warned that Manila would face serious consequences if it kept sending ships to the shoal.',
    );
    expect(events).toContainEqual(['THREATEN', ['chn'], ['phl'], 'occurred']);
    expect(events).toContainEqual(['SANCTION', ['chn'], ['phl'], 'hypothetical']);
    expect(
      typed('Ankara warned that Sweden would face new sanctions unless it extradited the suspects.'),
    ).toContainEqual(['SANCTION', ['tur'], ['swe'], 'hypothetical']);
  });

  it('types a military measure as an attack', () => {
    const events = typed('Israel warned that Hezbollah would face military strikes if it fired on the north again.');
    expect(events).toContainEqual(['ASSAULT', ['isr'], ['hezbollah'], 'hypothetical']);
    expect(events.filter((e) => e[0] === 'SANCTION')).toEqual([]);
  });

  it('adds nothing for a warning that names no measure', () => {
    const events = typed('Seoul warned that Pyongyang would face a difficult winter.');
    expect(events.filter((e) => e[0] === 'SANCTION' || e[0] === 'ASSAULT')).toEqual([]);
  });
});

describe('a party said to face a measure', () => {
  it('is threatened by the one who says so, with the measure hypothetical and no second threat', () => {
    const events = typed('The EU said Belarus would face new sanctions if it kept sending migrants to the border.');
    expect(events.filter((e) => e[0] === 'THREATEN')).toEqual([['THREATEN', ['eu'], ['blr'], 'occurred']]);
    expect(events).toContainEqual(['SANCTION', ['eu'], ['blr'], 'hypothetical']);
    expect(typed('Washington said Caracas could face further sanctions unless it freed the detainees.')).toContainEqual(
      ['THREATEN', ['usa'], ['ven'], 'occurred'],
    );
  });

  it('types force as an attack', () => {
    expect(typed('Israel said Hezbollah would face military strikes if it fired again.')).toContainEqual([
      'ASSAULT',
      ['isr'],
      ['hezbollah'],
      'hypothetical',
    ]);
  });

  it('makes no threatener of the party that would face it when no one says so', () => {
    const events = typed('Russia could face new sanctions.');
    expect(events.filter((e) => e[1].includes('rus'))).toEqual([]);
  });
});
