import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An undated headline takes the date of the body event that tells it: of its own type naming one of its
// parties, or of its type family naming all its sides. Another cooperative act that names one side only is
// another story. Each article is the team's own.
const headlineDate = (text: string, type: string) =>
  eventsOf(text, '2025-10-19').find((e) => e.type === type && e.evidence.start === 0)?.date;

describe('the date of a headline event', () => {
  it('is not taken from another act of its family naming one side only', () => {
    const text = [
      'Ethiopia and Eritrea Agree to Reopen Border',
      '',
      'ADDIS ABABA — Kenya, which reopened its embassy in Asmara last week, welcomed the news on Sunday.',
    ].join('\n');
    expect(headlineDate(text, 'AGREE')).not.toBe('2025-10-06');
  });

  it('is taken from the body event of its type that names its parties', () => {
    const text = [
      'Ethiopia and Eritrea Agree to Reopen Border',
      '',
      'ADDIS ABABA — Ethiopia and Eritrea agreed on Thursday to reopen their border, officials said.',
    ].join('\n');
    expect(headlineDate(text, 'AGREE')).toBe('2025-10-16');
  });

  it("is taken from the body event whose actor is the headline's, not from the act it answers", () => {
    const text = [
      'Hezbollah Fires Rockets at Israel After Israeli Strikes on Beirut',
      '',
      'BEIRUT — Two days after Israel struck Hezbollah positions on Wednesday, Hezbollah fired rockets at northern Israel on Friday.',
    ].join('\n');
    expect(headlineDate(text, 'ASSAULT')).toBe('2025-10-17');
  });
});
