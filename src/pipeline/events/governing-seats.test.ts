import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const dyads = (text: string, type: string, published = '2025-03-14') => dyadLine(text, type, published);

describe('a capital after a government noun and "in" is that government', () => {
  it('reads "leaders in" and "officials in" with a list of capitals as the governments', () => {
    expect(dyads('Guterres spoke with leaders in Kinshasa and Kigali on Thursday.', 'CONSULT')).toBe(
      'antonio-guterres>cod antonio-guterres>rwa',
    );
    expect(dyads('Blinken met officials in Baku on Monday.', 'CONSULT')).toBe('antony-blinken>aze');
  });

  it('keeps a capital after a meeting or a journey a place', () => {
    expect(dyads('Lavrov held talks with Wang Yi in Beijing on Monday.', 'CONSULT')).toBe('sergey-lavrov>wang-yi');
  });
});

describe('"them" after a verb whose earlier object was such a capital', () => {
  it('stands for the parties the same subject acted with earlier in the sentence', () => {
    expect(
      dyads(
        'Guterres spoke with leaders in Kinshasa and Kigali on Thursday, urging them to respect the truce.',
        'REQUEST',
      ),
    ).toBe('antonio-guterres>cod antonio-guterres>rwa');
    expect(
      dyads('Erdogan phoned Aliyev and Pashinyan on Friday and urged them to sign the treaty soon.', 'REQUEST'),
    ).toBe('recep-tayyip-erdogan>ilham-aliyev recep-tayyip-erdogan>nikol-pashinyan');
  });

  it('is left without a target when nothing earlier in the sentence was acted on', () => {
    expect(dyads('The envoy arrived on Friday and urged them to return to the table.', 'REQUEST')).toBe('');
  });
});
