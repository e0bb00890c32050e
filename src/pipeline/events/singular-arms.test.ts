import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Arms delivered to a party are aid to it whether one or many are delivered: "a Patriot battery", "another air
// defence system", "a drone" as much as "systems" (CAMEO 072, "deliver &WEAPON"). The sentences are the team's own.
const aid = (text: string) => dyadLine(text, 'AID', '2025-06-18');

describe('a single weapon or system delivered to a party', () => {
  it('is AID to the party', () => {
    expect(aid('Germany delivered another air defence system to Ukraine.')).toBe('deu>ukr');
    expect(aid('The United States transferred a Patriot battery to Israel.')).toBe('usa>isr');
    expect(aid('Turkey supplied an armed drone to Mali.')).toBe('tur>mli');
    expect(aid('Iran provided a ballistic missile to the Houthis, Saudi Arabia said.')).toBe('irn>houthis');
  });

  it('is no aid when what is delivered is no weapon', () => {
    expect(aid('Germany delivered a speech to the Bundestag.')).toBe('');
  });
});
