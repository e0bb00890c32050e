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
