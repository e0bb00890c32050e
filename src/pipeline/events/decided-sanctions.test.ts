import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

const acts = (text: string, type: string) =>
  typedEvents(text, '2025-06-20')
    .filter(([t]) => t === type)
    .map(([, source, target, modality]) => `${source.join('+')}>${target.join('+')} ${modality}`);

// A sanction is a decision of the body that imposes it: its agreeing, deciding or voting to sanction is the sanction
// taken, on that day, even when the measure applies later; it is no threat. A pledge or a plan stays a promise.
describe('a body agreeing, deciding or voting to sanction', () => {
  it('takes the sanction', () => {
    expect(acts('Canada decided on Monday to impose tariffs on Chinese electric vehicles.', 'SANCTION')).toEqual([
      'can>chn occurred',
    ]);
    expect(acts("ECOWAS agreed on Sunday to impose sanctions on Mali's junta.", 'SANCTION')).toEqual([
      'ecowas>mli occurred',
    ]);
    expect(acts('The UN Security Council voted to impose an arms embargo on South Sudan.', 'SANCTION')).toEqual([
      'un-security-council>ssd occurred',
    ]);
  });

  it('is no threat besides the sanction', () => {
    expect(acts('EU ministers agreed to ban imports of Belarusian potash from next year.', 'THREATEN')).toEqual([]);
  });

  it('leaves a pledge to sanction a promise', () => {
    expect(acts('Japan pledged to sanction Russian banks.', 'SANCTION')).toEqual(['jpn>rus planned']);
  });
});
