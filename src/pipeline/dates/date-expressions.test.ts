import { describe, expect, it } from 'vitest';
import { findDateExpressions } from './date-expressions.ts';

const found = (text: string) => findDateExpressions(text).map((e) => [e.text, e.meaning.kind]);

// Each relative pattern runs only where its own unit or closing word occurs; these sentences check that every
// one of them still fires, with upper case where the pattern allows it.
describe('findDateExpressions: relative expressions behind their quick tests', () => {
  it('reads weekdays and day offsets', () => {
    expect(found('Kyiv said the drones struck on Monday night.')).toEqual([['on Monday night', 'weekday']]);
    expect(found('Khartoum reopened the crossing two days later.')).toEqual([['two days later', 'day-offset']]);
    expect(found('The Next Day, Baku recalled its envoy.')).toEqual([['The Next Day', 'day-offset']]);
  });

  it('reads "ago", "after", "before" and "earlier" with their units', () => {
    expect(found('Islamabad expelled the diplomats three weeks ago.')).toEqual([['three weeks ago', 'ago']]);
    expect(found('Kinshasa suspended talks a week after the shelling of Goma.')).toEqual([
      ['a week after', 'relation'],
    ]);
    expect(found('Yerevan had warned Baku days before the offensive.')).toEqual([['days before', 'relation']]);
    expect(found('New Delhi had closed the border Months Earlier.')).toEqual([['Months Earlier', 'ago']]);
  });

  it('reads "within the coming weeks" and "within days"', () => {
    expect(found('Moscow said a prisoner exchange would follow within the coming weeks.')).toEqual([
      ['within the coming weeks', 'within'],
    ]);
    expect(found('The RSF promised to withdraw within days.')).toEqual([['within days', 'within']]);
  });

  it('reads weeks, weekends, months and years', () => {
    expect(found('Envoys will meet in Doha later in the week.')).toEqual([['later in the week', 'week']]);
    expect(found('Kigali expects an answer by the end of next week.')).toEqual([['by the end of next week', 'week']]);
    expect(found('Talks between Belgrade and Pristina resume before the weekend.')).toEqual([
      ['before the weekend', 'week'],
    ]);
    expect(found('Ukraine and Poland met This Past Weekend.')).toEqual([['This Past Weekend', 'weekend']]);
    expect(found('Sudan’s army retook the city last month.')).toEqual([['last month', 'month-relative']]);
    expect(found('Pakistan will hold the summit next year.')).toEqual([['next year', 'year-relative']]);
  });

  it('finds nothing in a sentence with no date, even with a unit word in it', () => {
    expect(found('The weekly bulletin from Baku named no yearly target.')).toEqual([]);
    expect(found('Armenia and Azerbaijan signed the accord.')).toEqual([]);
  });
});
