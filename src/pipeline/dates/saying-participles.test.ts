import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A participle of saying after a comma ("..., saying on Saturday that ...", "..., telling reporters on Friday
// that ...") introduces what is said, as a finite verb of saying does: the date between them is the day of
// saying, in the past, and "would" after it reports an intent. Published Monday 7 July 2025. The sentences
// are the team's own.
const MONDAY = '2025-07-07';

type Row = [sentence: string, type: string, date: string, modality: string];

const eventOf = (sentence: string, type: string) => {
  const event = eventsOf(sentence, MONDAY).find((e) => e.type === type);
  expect(event, `no ${type} event in "${sentence}"`).toBeDefined();
  return { date: event!.date, precision: event!.datePrecision, modality: event!.modality };
};

describe('a participle of saying dates what is said by its own day, in the past', () => {
  it.each<Row>([
    // the stated intent is a THREATEN on the day it was said, not the next Saturday
    [
      'Hun Manet toured the border, saying on Saturday that Cambodia would retaliate against any incursion.',
      'THREATEN',
      '2025-07-05',
      'occurred',
    ],
    // the act itself is still ahead, but the day given is the saying's, not the next Saturday's
    [
      'Hun Manet toured the border, saying on Saturday that Cambodia would retaliate against any incursion.',
      'ASSAULT',
      '2025-07-05',
      'planned',
    ],
    [
      'Sharif visited troops near Sialkot, announcing on Friday that Pakistan would expel Indian diplomats.',
      'THREATEN',
      '2025-07-04',
      'occurred',
    ],
    [
      'Kagame addressed a rally, telling supporters on Sunday that Rwanda would never withdraw its troops from Congo.',
      'REJECT',
      '2025-07-06',
      'occurred',
    ],
    [
      'Aliyev spoke in Baku, warning on Thursday that Azerbaijan would strike Armenia if attacked.',
      'THREATEN',
      '2025-07-03',
      'occurred',
    ],
    [
      'Zelensky spoke in Kyiv, telling reporters on Sunday that Moscow had rejected the truce.',
      'REJECT',
      '2025-07-06',
      'occurred',
    ],
  ])('%s: %s on %s, %s', (sentence, type, date, modality) => {
    expect(eventOf(sentence, type)).toEqual({ date, precision: 'day', modality });
  });
});

describe('a participle of saying does not frame the clause before it', () => {
  it('a reported attack before "..., saying" is no accusation by the one who says', () => {
    const events = eventsOf(
      'Thailand closed the border crossings last week, telling Cambodia on Monday that they would stay shut.',
      MONDAY,
    );
    expect(events.filter((e) => e.type === 'ACCUSE')).toEqual([]);
    expect(events.find((e) => e.type === 'COERCE')).toMatchObject({ date: '2025-06-30', datePrecision: 'week' });
  });
});
