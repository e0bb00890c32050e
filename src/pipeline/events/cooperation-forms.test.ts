import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Material cooperation told by its own verbs (CAMEO 06: PLOVER COOPERATE): exchanging intelligence, setting up a
// joint force, handing over wanted people. The sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('cooperation verbs', () => {
  it('exchanging intelligence or information is a COOPERATE of both', () => {
    expect(of('Egypt and Israel agreed to exchange intelligence on militants.', 'COOPERATE')).toBe('egy+isr>');
    expect(of('Armenia and Georgia exchanged information on border crossings.', 'COOPERATE')).toBe('arm+geo>');
  });

  it('setting up a joint force or unit is a COOPERATE of both', () => {
    expect(of('Germany and France set up a joint army brigade.', 'COOPERATE')).toBe('deu+fra>');
    expect(of('Chad and Niger set up joint border patrols in March.', 'COOPERATE')).toBe('tcd+ner>');
  });

  it('handing a wanted person over to a state is a COOPERATE with it', () => {
    expect(of('Syria handed over two wanted men to Turkey on Friday.', 'COOPERATE')).toBe('syr>tur');
  });

  it('is nothing for an exchange of fire', () => {
    expect(of('Indian and Pakistani troops exchanged fire across the border.', 'COOPERATE')).toBe('');
  });
});
