import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const dyads = (text: string, type: string, published = '2025-07-07') => dyadLine(text, type, published);

describe('a directed act that is the purpose of a call or meeting', () => {
  it('is done by the caller to those called, not by all of them', () => {
    expect(dyads('Guterres called Tshisekedi and Kagame on Thursday to press for a ceasefire.', 'REQUEST')).toBe(
      'antonio-guterres>felix-tshisekedi antonio-guterres>paul-kagame',
    );
    expect(dyads('Erdogan met Aliyev in Baku on Friday to press for a quick deal with Armenia.', 'REQUEST')).toBe(
      'recep-tayyip-erdogan>ilham-aliyev',
    );
  });

  it('leaves a shared purpose to both parties of the meeting', () => {
    expect(dyads('Putin and Xi met in Beijing on Tuesday to sign an energy deal.', 'AGREE')).toContain(
      'vladimir-putin+xi-jinping',
    );
  });
});
