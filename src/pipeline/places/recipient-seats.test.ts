import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.ts';
import { seatReceives } from './recipient-seats.ts';

/** Whether the capital that starts at `capital` in `text` receives something. */
const receives = (text: string, capital: string) => {
  const tokens = tokenize(text);
  return seatReceives(
    tokens,
    tokens.findIndex((t) => t.text === capital),
  );
};

describe('a capital that receives what is given or imposed', () => {
  it('reads a capital after "for" as the one helped', () => {
    expect(receives('Oslo will pay for new radars for Kyiv.', 'Kyiv')).toBe(true);
  });

  it('reads a capital after goods and "to" as the recipient', () => {
    expect(receives('Turkey shipped tents and medical supplies to Khartoum.', 'Khartoum')).toBe(true);
  });

  it('reads a capital after a pressure noun and "on" as the one pressed', () => {
    expect(receives('Canberra added tariffs on Beijing.', 'Beijing')).toBe(true);
  });

  it('keeps a destination or a battle a place', () => {
    expect(receives('The envoy left for Doha on Monday.', 'Doha')).toBe(false);
    expect(receives('The minister flew to Khartoum.', 'Khartoum')).toBe(false);
    expect(receives('The battle for Khartoum went on.', 'Khartoum')).toBe(false);
    expect(receives('Talks were held in Doha.', 'Doha')).toBe(false);
  });
});
