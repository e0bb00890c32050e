import { describe, expect, it } from 'vitest';
import { dyadLine, eventsOf } from '../test-support/resources.ts';

const dyads = (text: string, type: string, published = '2025-04-16') => dyadLine(text, type, published);

describe('a party that "did the same" or "followed suit" repeats the act it follows', () => {
  it('acts back on the first actor when it was the one acted on', () => {
    expect(dyads('Lithuania expelled two Russian diplomats on Monday, and Moscow did the same.', 'SANCTION')).toBe(
      'ltu>rus rus>ltu',
    );
    expect(dyads('Thailand closed its border with Cambodia, and Cambodia did likewise.', 'COERCE')).toBe(
      'tha>khm khm>tha',
    );
    expect(dyads('Kenya recalled its envoy from Somalia, and Mogadishu did the same a day later.', 'SANCTION')).toBe(
      'ken>som som>ken',
    );
  });

  it('acts on the same party when it was a third one', () => {
    expect(dyads('Canada imposed sanctions on Iran on Tuesday, and Australia followed suit.', 'SANCTION')).toBe(
      'can>irn aus>irn',
    );
  });

  it('reads a state named by a compass word when the sentence names its neighbour', () => {
    expect(
      dyads('South Korea switched off its border loudspeakers on Monday, and the North did the same.', 'RETREAT'),
    ).toBe('kor>prk prk>kor');
  });

  it('dates the repeated act only by what its own clause says', () => {
    const copied = eventsOf('Canada imposed sanctions on Iran on Tuesday, and Australia followed suit.', '2025-04-16')
      .filter((e) => e.type === 'SANCTION' && e.source.includes('aus'))
      .map((e) => [e.datePrecision, e.modality]);
    expect(copied).toEqual([['unknown', 'occurred']]);
  });

  it('needs a named party before the phrase and an act before it', () => {
    expect(dyads('The ministers did the same thing every year.', 'SANCTION')).toBe('');
    expect(dyads('Kenya followed suit on Monday.', 'SANCTION')).toBe('');
  });
});
