import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The present perfect progressive ("has been shelling", "have been negotiating", "have been in talks") tells an
// act begun before the report and still going on: ongoing, not one occurrence on the day of the report. Each
// sentence is the team's own.
const modalityOf = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('an act in the present perfect progressive', () => {
  it('is ongoing for a verb', () => {
    expect(modalityOf('Russian forces have been pounding Pokrovsk for a month.', 'ASSAULT')).toEqual(['ongoing']);
    expect(modalityOf('Colombia and the ELN have been negotiating in Havana.', 'CONSULT')).toEqual(['ongoing']);
    expect(modalityOf('Turkey has been pressing Sweden to extradite Kurdish activists.', 'REQUEST')).toEqual([
      'ongoing',
    ]);
  });

  it('is ongoing with an adverb beside "been"', () => {
    expect(modalityOf('Armenia and Azerbaijan have also been quietly negotiating a treaty.', 'CONSULT')).toEqual([
      'ongoing',
    ]);
  });

  it('is ongoing for a noun of a state the parties are in', () => {
    expect(modalityOf('Ethiopia and Egypt have been in talks over the dam for years.', 'CONSULT')).toEqual(['ongoing']);
  });

  it('is over in the past perfect', () => {
    expect(
      modalityOf('Serbia and Kosovo had been negotiating for weeks when the talks broke down.', 'CONSULT'),
    ).toEqual(expect.arrayContaining(['occurred']));
  });

  it('leaves the simple present perfect a past act', () => {
    expect(modalityOf('India and China have held talks to ease border tensions.', 'CONSULT')).toEqual(['occurred']);
  });
});
