import { describe, expect, it } from 'vitest';
import { dayOf } from '../test-support/resources.ts';

// "condemned the raid on Rafah on Tuesday", "rejected talks with Yerevan on Thursday": a date after the object
// of a verb dates the verb, even when an event noun in that object stands nearer to it. Published Monday
// 7 July 2025. The sentences are the team's own.
type Row = [sentence: string, type: string, date: string];

describe('a verb takes the date that follows an event noun in its object', () => {
  it.each<Row>([
    ['Azerbaijan rejected talks with Armenia on Thursday.', 'REJECT', '2025-07-03'],
    ['Turkey lifted restrictions on military cooperation with Greece on Friday.', 'RETREAT', '2025-07-04'],
    ['Kenya welcomed the truce between the Sudanese army and the RSF on Wednesday.', 'SUPPORT', '2025-07-02'],
    ['Manila protested the Chinese blockade of the shoal on Saturday.', 'PROTEST', '2025-07-05'],
    ['Hanoi protested the Chinese drills near the Paracel Islands on Sunday.', 'PROTEST', '2025-07-06'],
  ])('%s: %s on %s', (sentence, type, date) => {
    expect(dayOf(sentence, type)).toEqual({ date, precision: 'day' });
  });
});

describe('a date behind a phrase that names another occasion stays with that occasion', () => {
  it('"over the attack on Monday" does not date the sanction', () => {
    const sentence = 'Canada sanctioned Iranian officials over the drone attack on Monday.';
    expect(dayOf(sentence, 'SANCTION').precision).toBe('unknown');
  });
});
