import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "Washington sent its envoy to Niamey", "Beijing dispatched Foreign Minister Wang Yi to Moscow": sending an
// official, named or by title, to a place is a visit of the sender to the host (CAMEO 042 "send envoy"; PLOVER
// CONSULT). Published Friday 11 August 2023. The sentences are the team's own.
const FRIDAY = '2023-08-11';
const consults = (text: string) =>
  eventsOf(text, FRIDAY)
    .filter((e) => e.type === 'CONSULT')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.date ?? '-'}`);

describe('sending an official to a place is a visit to its host', () => {
  it('when the official is named by a title of the sender ("its envoy", "its foreign minister")', () => {
    expect(consults('The United States sent its envoy to Niamey on Monday.')).toEqual(['usa>ner 2023-08-07']);
    expect(consults('Turkey dispatched its foreign minister to Damascus on Tuesday.')).toEqual(['tur>syr 2023-08-08']);
  });

  it('when the official is a person the text names', () => {
    expect(consults('Washington sent Antony Blinken to Kyiv on Wednesday.')).toEqual(['usa>ukr 2023-08-09']);
  });

  it('never for troops, ships or weapons sent somewhere', () => {
    expect(consults('Russia sent North Korean troops to Kursk on Monday.')).toEqual([]);
    expect(consults('Chad sent soldiers to Niamey on Monday.')).toEqual([]);
  });

  it('makes the one sent, not the sender, the subject of "to join talks", "to lead talks"', () => {
    const talks = eventsOf(
      'Washington sent Steve Witkoff to Doha on Monday to join talks between Israel and Hamas.',
      FRIDAY,
    )
      .filter((e) => e.type === 'CONSULT')
      .flatMap((e) => [...e.source, ...e.target]);
    expect(talks).toContain('steve-witkoff');
    expect(talks).not.toContain('usa');
  });
});
