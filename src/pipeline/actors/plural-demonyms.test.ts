import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A demonym's plural ("North Koreans", "Pakistanis", "Thais") names the state's people, read as the state, so an
// act on them has its target. A plural that names an actor of its own ("Palestinians") stays that actor. The
// sentences are the team's own.
const of = (text: string, type: string) => dyadLine(text, type, '2025-03-10');

describe('plural demonyms', () => {
  it('make the state the party acted on', () => {
    expect(of('Seoul lifted a ban on contacts with North Koreans on Thursday.', 'CONCEDE')).toBe('kor>prk');
    expect(of('Turkey arrested four South Africans at the airport.', 'COERCE')).toBe('tur>zaf');
    expect(of('Cambodia deported dozens of Thais on Friday.', 'COERCE')).toBe('khm>tha');
  });

  it('leave a plural that is an actor of its own, and demonyms with no -s plural', () => {
    expect(of('Israel detained dozens of Palestinians overnight.', 'COERCE')).toBe('isr>palestinians');
    expect(of('Kenya deported several South Sudanese on Friday.', 'COERCE')).toBe('ken>ssd');
  });
});
