import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const DAY = '2025-07-07'; // a Monday

describe("a state's name before a title ('the Kosovo prime minister')", () => {
  it('is the holder of the office on the day, as the demonym before it is', () => {
    expect(dyadLine('The Kosovo prime minister refused to meet Vucic on Monday.', 'REJECT', DAY)).toBe(
      'albin-kurti>aleksandar-vucic',
    );
    expect(dyadLine('The Iran foreign minister met Grossi in Vienna on Monday.', 'CONSULT', DAY)).toBe(
      'abbas-araghchi>rafael-grossi',
    );
    expect(dyadLine('The Congo president met Kagame in Washington on Monday.', 'CONSULT', DAY)).toBe(
      'felix-tshisekedi>paul-kagame',
    );
  });

  it('is the one the article named when the title is of several offices', () => {
    const kosovo = 'Kurti arrived in Brussels on Sunday. On Monday the Kosovo leader refused to meet Vucic.';
    expect(dyadLine(kosovo, 'REJECT', DAY)).toBe('albin-kurti>aleksandar-vucic');
    const france = 'Macron flew to Delhi on Sunday. On Monday the French leader met Modi.';
    expect(dyadLine(france, 'CONSULT', DAY)).toMatch(/emmanuel-macron>narendra-modi/);
  });

  it('keeps the state apart before a name of another state', () => {
    expect(dyadLine('Serbia President Albin Kurti met Vucic in Ohrid on Monday.', 'CONSULT', DAY)).toMatch(
      /albin-kurti/,
    );
  });

  it("keeps a state's possessive title with the name after it", () => {
    expect(dyadLine("Israel's defence minister Israel Katz met Hegseth on Monday.", 'CONSULT', DAY)).toMatch(
      /^israel-katz>/,
    );
  });

  it('still lets a name after the title name the person', () => {
    expect(dyadLine('Ukraine President Volodymyr Zelensky met Erdogan in Ankara on Monday.', 'CONSULT', DAY)).toBe(
      'volodymyr-zelensky>recep-tayyip-erdogan',
    );
  });
});
