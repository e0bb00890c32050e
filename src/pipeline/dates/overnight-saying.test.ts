import { describe, expect, it } from 'vitest';
import { dayOf } from '../test-support/resources.ts';

// "Overnight" is the night just gone before the report; when the sentence says on which day it was reported
// ("..., the air force said on Sunday"), it is the night into that day. Published on Wednesday 2025-06-18. The
// sentences are the team's own.
const PUBLISHED = '2025-06-18';

describe('an act done "overnight"', () => {
  it('is dated the day its report was made when the sentence names it', () => {
    expect(
      dayOf('Sudanese drones struck Port Sudan overnight, the army said on Sunday.', 'ASSAULT', PUBLISHED),
    ).toEqual({
      date: '2025-06-15',
      precision: 'day',
    });
    expect(
      dayOf('Israel said on Monday that Hezbollah had fired rockets at Haifa overnight.', 'ASSAULT', PUBLISHED),
    ).toEqual({ date: '2025-06-16', precision: 'day' });
  });

  it('is dated the day of publication when no day of the report is named', () => {
    expect(dayOf('Russian drones struck Odesa overnight, Ukrainian officials said.', 'ASSAULT', PUBLISHED)).toEqual({
      date: '2025-06-18',
      precision: 'day',
    });
  });
});
