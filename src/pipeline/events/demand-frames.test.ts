import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A reminder, warning or ultimatum that a party must act: a REQUEST by whoever gives it. The team's own sentences.
const requests = (text: string) =>
  eventsOf(text)
    .filter((e) => e.type === 'REQUEST')
    .map((e) => [e.source, e.target]);

describe('demands carried by a noun of saying', () => {
  it('makes the giver of a reminder or ultimatum demand the act of the one told', () => {
    expect(requests('The African Union gave Rwanda an ultimatum that it must pull its forces out of Congo.')).toEqual([
      [['african-union'], ['rwa']],
    ]);
    expect(
      requests('On Tuesday, Serbia issued a reminder to Kosovo that it must withdraw its police from the north.'),
    ).toEqual([[['srb'], ['xkx']]]);
  });

  it('needs an obligation in the clause: a warning of what will happen is no demand', () => {
    expect(requests('Ukraine issued a warning to Belarus that Russian troops would cross the border.')).toEqual([]);
  });
});
