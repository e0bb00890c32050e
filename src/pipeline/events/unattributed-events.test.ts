import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2025-07-08'; // a Tuesday
const assaults = (text: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === 'ASSAULT');

describe('violence told by its victims', () => {
  it('keeps a killing whose author is not named, with the victims as target', () => {
    const found = assaults('Four Malian soldiers were killed by a roadside bomb near the border on Sunday.');
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toEqual([]);
    expect(found[0]!.target).toEqual(['mli-military']);
  });

  it('gives the victims to the attack whose author the same sentence names', () => {
    const found = assaults('Nine Nigerien soldiers were killed when Malian forces attacked them near Gao.');
    expect(found.map((e) => [e.source, e.target])).toEqual([[['mli-military'], ['ner-military']]]);
  });

  it('drops violence with neither author nor victim', () => {
    expect(assaults('Several people were killed overnight, witnesses said.')).toEqual([]);
  });

  it('does not keep a weak cue or a noun without an author', () => {
    expect(assaults('The ministry condemned the killing of Colombian civilians.')).toEqual([]);
  });

  it('still needs a source for other types', () => {
    const found = eventsOf('Sanctions were imposed on Chad on Sunday.', PUBLISHED);
    expect(found.filter((e) => e.type === 'SANCTION')).toEqual([]);
  });
});
