import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// A Monday; on this day the gazetteer knows several envoys each of the UN, the US, China and Russia.
const DAY = '2025-07-07';

describe('a title of an office many people hold at once ("the UN envoy", "the Chinese envoy")', () => {
  it('is its state or organisation when the article names none of the holders', () => {
    expect(dyadLine('The UN envoy met Houthi officials in Muscat on Monday.', 'CONSULT', DAY)).toBe('un>houthis');
    expect(dyadLine('The Chinese envoy met Zelensky in Kyiv on Tuesday.', 'CONSULT', DAY)).toBe(
      'chn>volodymyr-zelensky',
    );
    expect(dyadLine('A US envoy met Maduro in Caracas on Friday.', 'CONSULT', DAY)).toBe('usa>nicolas-maduro');
  });

  it('is the holder the article named before', () => {
    const yemen =
      'Hans Grundberg landed in Aden on Sunday. On Monday the UN envoy met the Houthi negotiators in Muscat.';
    expect(dyadLine(yemen, 'CONSULT', DAY)).toMatch(/hans-grundberg>houthis/);
    const libya = 'The talks were chaired by the UN envoy, the Ghanaian diplomat Hanna Tetteh, on Monday.';
    expect(dyadLine(libya, 'CONSULT', DAY)).toMatch(/hanna-tetteh/);
    const moscow = 'Steve Witkoff flew to Moscow on Wednesday. The US envoy met Putin on Thursday.';
    expect(dyadLine(moscow, 'CONSULT', DAY)).toMatch(/steve-witkoff>vladimir-putin/);
  });

  it('is the holder whose post the words after the title name, and that place is no party', () => {
    expect(dyadLine('The UN special envoy for Libya met Khalifa Haftar in Benghazi on Monday.', 'CONSULT', DAY)).toBe(
      'hanna-tetteh>khalifa-haftar',
    );
    expect(dyadLine('The Russian envoy to the United Nations accused Kyiv of lying on Monday.', 'ACCUSE', DAY)).toBe(
      'vasily-nebenzya>ukr',
    );
    // A post the gazetteer does not hold: the organisation, and the state named in the post is still no party.
    expect(dyadLine('The UN envoy for Somalia met Ethiopian officials in Addis Ababa on Monday.', 'CONSULT', DAY)).toBe(
      'un>eth',
    );
  });

  it('keeps a named envoy and a title that is one post', () => {
    expect(dyadLine('UN envoy Hans Grundberg met Houthi officials in Muscat on Monday.', 'CONSULT', DAY)).toBe(
      'hans-grundberg>houthis',
    );
    expect(dyadLine('The US president met the Qatari emir on Monday.', 'CONSULT', DAY)).toMatch(/^donald-trump>/);
  });
});
