import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2025-07-08'; // a Tuesday
const meetings = (text: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === 'CONSULT');

describe('a multilateral body meeting', () => {
  it('reads a meeting of an intergovernmental body as its members consulting', () => {
    expect(meetings('NATO defence ministers met in Brussels on Tuesday.').map((e) => e.source)).toEqual([['nato']]);
    expect(meetings('ASEAN leaders held talks in Jakarta on Monday.').map((e) => e.source)).toEqual([['asean']]);
  });

  it('still needs a second party for one state meeting', () => {
    expect(meetings('Chad will meet on Friday.')).toEqual([]);
  });
});
