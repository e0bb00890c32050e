import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "X landed in Tokyo on Friday and was greeted by Y": greeting a visitor is receiving them, a meeting, in the
// passive as in the active, and the day of the arrival it is joined to is its day. Published Monday 7 July
// 2025. The sentences are the team's own.
const MONDAY = '2025-07-07';

const meetingOf = (sentence: string) =>
  eventsOf(sentence, MONDAY)
    .filter((e) => e.type === 'CONSULT')
    .map((e) => `${[...e.source, ...e.target].sort().join('+')} ${e.date}/${e.datePrecision}`);

describe('a visitor greeted by a host has met the host', () => {
  it.each([
    ['Modi landed in Tokyo on Friday and was greeted by Ishiba.', 'narendra-modi+shigeru-ishiba 2025-07-04/day'],
    [
      'Aliyev was greeted by Erdogan at the airport in Ankara on Tuesday.',
      'ilham-aliyev+recep-tayyip-erdogan 2025-07-01/day',
    ],
    ['Tshisekedi greeted Kagame at the palace in Kinshasa on Sunday.', 'felix-tshisekedi+paul-kagame 2025-07-06/day'],
  ])('%s', (sentence, meeting) => {
    expect(meetingOf(sentence)).toEqual([meeting]);
  });
});

describe('greeting a thing is no meeting', () => {
  it('"greeted the decision with relief" names no one met', () => {
    expect(meetingOf('Kyiv greeted the decision with relief on Monday.')).toEqual([]);
  });
});
