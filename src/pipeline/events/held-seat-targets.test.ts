import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const DAY = '2025-05-10'; // a Saturday

describe('an attack on a place that is an armed group’s held seat', () => {
  it('is on the group, as the seat named as an object is', () => {
    expect(dyadLine('US strikes on Sanaa killed dozens of people on Friday.', 'ASSAULT', DAY)).toBe('usa>houthis');
    expect(dyadLine('Israeli jets carried out strikes on Sanaa on Tuesday.', 'ASSAULT', DAY)).toMatch(/>houthis$/);
  });

  it("keeps the state for the state's own places", () => {
    expect(dyadLine('Saudi jets carried out strikes on Aden on Tuesday.', 'ASSAULT', DAY)).toBe('sau>yem');
    expect(dyadLine('Russian strikes on Kharkiv killed five people on Friday.', 'ASSAULT', DAY)).toBe('rus>ukr');
  });
});
