import { describe, expect, it } from 'vitest';
import { dayOf, eventsOf } from '../test-support/resources.ts';

// An act a party went on with on a named day ("continued to shell ... on Sunday", "kept up its strikes on Monday")
// is under way on a day gone by: the weekday is the last one before publication, not the next. Published on
// Wednesday 2025-06-18. The sentences are the team's own.
const PUBLISHED = '2025-06-18';

describe('the day of an act a party went on with', () => {
  it('is the last such weekday when the aspect verb is in the past', () => {
    expect(dayOf('Sudanese troops continued to shell Omdurman on Sunday.', 'ASSAULT', PUBLISHED)).toEqual({
      date: '2025-06-15',
      precision: 'day',
    });
    expect(dayOf('Israel kept up its strikes on southern Lebanon on Monday.', 'ASSAULT', PUBLISHED)).toEqual({
      date: '2025-06-16',
      precision: 'day',
    });
    expect(dayOf('Houthi forces kept attacking ships in the Red Sea on Tuesday.', 'ASSAULT', PUBLISHED)).toEqual({
      date: '2025-06-17',
      precision: 'day',
    });
  });

  it('is the last such weekday after "was" or "were"', () => {
    expect(dayOf('Russian forces were still shelling Kharkiv on Sunday.', 'ASSAULT', PUBLISHED)).toEqual({
      date: '2025-06-15',
      precision: 'day',
    });
  });

  it('stays ongoing', () => {
    const events = eventsOf('Sudanese troops continued to shell Omdurman on Sunday.', PUBLISHED);
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => e.modality)).toEqual(['ongoing']);
  });

  it('is the next such weekday when the act is said to go on', () => {
    expect(dayOf('Serbia and Kosovo will continue their talks in Brussels on Friday.', 'CONSULT', PUBLISHED)).toEqual({
      date: '2025-06-20',
      precision: 'day',
    });
  });
});
