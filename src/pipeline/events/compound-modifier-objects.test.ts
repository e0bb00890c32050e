import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// "signed a US-brokered peace deal": a name opening a compound with a participle ("US-brokered", "Qatari-
// mediated", "Iran-backed") describes the object noun; the verb still reaches that noun, in a headline's
// title case as in a body sentence. The sentences are the team's own.
describe('a compound modifier led by a name does not cut a verb off from its object', () => {
  it.each([
    ['Ethiopia and the TPLF signed an African Union-brokered truce in Pretoria.', 'eth+tplf>'],
    ['Serbia and Kosovo signed an EU-brokered energy deal on Tuesday.', 'srb+xkx>'],
    ['Serbia And Kosovo Sign EU-Brokered Energy Deal', 'srb+xkx>'],
    ['Armenia and Azerbaijan signed a US-mediated peace declaration.', 'arm+aze>'],
  ])('%s', (sentence, dyads) => {
    expect(dyadLine(sentence, 'AGREE')).toBe(dyads);
  });
});
