import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// "retaliated by imposing tariffs", "hit back on Friday by expelling diplomats": the act after "by" is the answer's
// means, done by the one who answers and on its day; a bare "retaliated" is an attack only when no means
// follows. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-14');

describe('an answer and its means after "by"', () => {
  it("is the means, done by the one who answers, on the answer's day", () => {
    expect(typed('Canada retaliated by imposing tariffs on American steel.')).toEqual([
      ['SANCTION', ['can'], ['usa'], 'occurred'],
    ]);
    const expelled = typed('Algeria retaliated on Friday by expelling twelve French diplomats.');
    expect(expelled).toEqual([['SANCTION', ['dza'], ['fra'], 'occurred']]);
  });

  it('is an attack when no means follows', () => {
    expect(typed('Armenia retaliated on Wednesday.')).toEqual([['ASSAULT', ['arm'], [], 'occurred']]);
  });
});

describe('measures placed or put on a party', () => {
  it('are imposed: "placed duties on", "put tariffs on", "placed sanctions on"', () => {
    expect(typed('India placed anti-dumping duties on steel from Vietnam.')).toEqual([
      ['SANCTION', ['ind'], ['vnm'], 'occurred'],
    ]);
    expect(typed('Britain put sanctions on two Russian banks.')[0]?.[0]).toBe('SANCTION');
  });
});
