import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Joining another party's act of force or pressure ("joined American strikes on the Houthis", "joined the EU
// sanctions against Belarus") is doing it too: the one who joins is a source of the act, aimed at its target, with
// the modality of "join" ("did not join" denied, "will join" planned, "weighed joining" hypothetical); the owner's
// act keeps its own. Each sentence is the team's own.
const events = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`)
    .sort();

describe('joining another party’s act', () => {
  it('makes the one who joins a source of the act', () => {
    expect(events('Britain joined American strikes on the Houthis on Monday.', 'ASSAULT')).toEqual([
      'gbr>houthis occurred',
      'usa>houthis occurred',
    ]);
    expect(events('Canada joined the EU sanctions against Belarus.', 'SANCTION')).toEqual([
      'can>blr occurred',
      'eu>blr occurred',
    ]);
  });

  it('takes the modality of the verb "join"', () => {
    expect(events('Switzerland did not join the EU sanctions against Belarus.', 'SANCTION')).toEqual([
      'che>blr denied',
      'eu>blr occurred',
    ]);
    expect(events('Trump weighed joining Israel’s strikes on Iran.', 'ASSAULT')).toEqual([
      'donald-trump>irn hypothetical',
      'isr>irn occurred',
    ]);
  });

  it('leaves a party that does the act itself, and joined talks, as they are', () => {
    expect(events('Britain carried out strikes on the Houthis on Monday.', 'ASSAULT')).toEqual([
      'gbr>houthis occurred',
    ]);
  });
});
