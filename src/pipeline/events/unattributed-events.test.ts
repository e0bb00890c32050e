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

describe('violence reported by itself, with no one named', () => {
  const read = (text: string) => assaults(text).map((e) => [e.source, e.target, e.modality]);

  it('keeps fighting that is the subject of a predicate of its occurring', () => {
    expect(read('Heavy fighting was continuing in the hills above Kidal, a local official said.')).toEqual([
      [[], [], 'ongoing'],
    ]);
    expect(read('Fresh clashes erupted near the Lachin road on Sunday.')).toEqual([[[], [], 'occurred']]);
    expect(read('Shelling resumed overnight on the outskirts of the town.')).toHaveLength(1);
    expect(read('The killings in the villages, which began at dawn, went on until nightfall.')).toHaveLength(1);
  });

  it('keeps a weapon striking, with the state of the place it struck as target', () => {
    expect(read('Near Kharkiv, a rocket had destroyed a warehouse shortly before dawn.')).toEqual([
      [[], ['ukr'], 'occurred'],
    ]);
  });

  it('does not keep fighting that is the topic of another act, nor a weapon that is only mentioned', () => {
    expect(assaults('Mediators tried to end the fighting in the Sahel on Monday.')).toEqual([]);
    expect(assaults('The talks on ending the fighting resumed in Addis Ababa.')).toEqual([]);
    expect(assaults('The minister said the missile program destroyed trust between the neighbours.')).toEqual([]);
  });

  it('does not name the place that was struck as a party', () => {
    const found = assaults('Near Kharkiv, a rocket had destroyed a warehouse shortly before dawn.');
    expect(found[0]!.actorSpans.map((a) => a.text)).not.toContain('Kharkiv');
  });
});

describe('a meeting reported by its being held', () => {
  const meetings = (text: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === 'CONSULT');

  it('is recorded even when the sentence names no party, with its modality', () => {
    expect(meetings('The negotiations will be held at a hotel on the lake shore, the host ministry said.')).toEqual([
      expect.objectContaining({ source: [], target: [], modality: 'planned' }),
    ]);
    expect(meetings('Talks in Nairobi on Sunday were held behind closed doors.')).toEqual([
      expect.objectContaining({ source: [], target: [], modality: 'occurred' }),
    ]);
  });

  it('is not recorded from a meeting noun that is only mentioned', () => {
    expect(meetings('Hopes for the talks faded on Sunday.')).toEqual([]);
    expect(meetings('The talks are important for the region.')).toEqual([]);
  });
});
