import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// On this day the gazetteer lists several envoys of the United States and several special envoys of the UN.
const meetings = (text: string) => dyadLine(text, 'CONSULT', '2025-03-04');

describe('an office several people hold at once names none of them by its title alone', () => {
  it('reads "the UN envoy" and "the American envoy" as the body and the state they serve', () => {
    expect(meetings('The UN envoy met Houthi officials in Muscat on Tuesday.')).toBe('un>houthis');
    expect(meetings('The American envoy held talks with Hamas officials in Doha on Tuesday.')).toBe('usa>hamas');
  });

  it('reads the title as the holder the article named before', () => {
    expect(
      meetings('Steve Witkoff landed in Riyadh on Monday. The American envoy met the Saudi crown prince on Tuesday.'),
    ).toMatch(/^steve-witkoff>/);
  });

  it('still reads an office one person holds as that person', () => {
    expect(meetings('The Chinese foreign minister met the Indian foreign minister in Beijing on Tuesday.')).toBe(
      'wang-yi>subrahmanyam-jaishankar',
    );
  });
});
