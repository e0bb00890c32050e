import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// Raising forces' alert (CAMEO 152, MOBILIZE), seeking a release or an extradition (1053, REQUEST) and handing
// suspects over to another state (063, COOPERATE). The sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('alert, release and hand-over verbs', () => {
  it('raising the alert or readiness of forces is a MOBILIZE', () => {
    expect(of('India raised the alert level of its forces along the border.', 'MOBILIZE')).toBe('ind>');
    expect(of('Taiwan heightened the combat readiness of its navy on Sunday.', 'MOBILIZE')).toBe('twn>');
  });

  it('seeking a release or an extradition is a REQUEST of the party holding them', () => {
    expect(of('Iran sought the release of its nationals held in Iraq.', 'REQUEST')).toBe('irn>irq');
    expect(of('Turkey sought the extradition of the suspects from Sweden.', 'REQUEST')).toBe('tur>swe');
  });

  it('handing suspects over to a state is a COOPERATE with it', () => {
    // Afghan authorities in 2025 are the Taliban's government (actors/governing-groups.ts).
    expect(of('Pakistan handed over two suspects to Afghan authorities.', 'COOPERATE')).toBe('pak>taliban');
    expect(of('Kenya handed over the fugitives to Uganda on Friday.', 'COOPERATE')).toBe('ken>uga');
  });
});
