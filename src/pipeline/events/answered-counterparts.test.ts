import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An answer told a sentence after what it answers ("X demanded ... . Y has not agreed to ...") answers the party
// whose demand, offer, threat or charge was addressed to it; parties answering together, and a demand only planned,
// give no counterpart. Each text is the team's own.
const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('an answer to an act told before it', () => {
  it('answers the party that made the demand', () => {
    expect(
      dyads(
        'Azerbaijan demanded that Armenia change its constitution. Yerevan has not agreed to any such concession.',
        'CONCEDE',
      ),
    ).toEqual(['arm>aze denied']);
  });

  it('keeps an acceptance, which needs two parties, with the one who offered', () => {
    expect(
      dyads('The United States offered to ease sanctions on Caracas. Venezuela has not accepted the offer.', 'AGREE'),
    ).toContainEqual('ven>usa denied');
  });

  it('answers the one who made a charge', () => {
    expect(
      dyads(
        'Kinshasa accused Kigali of arming the rebels in North Kivu. Rwanda rejected the charge on Tuesday.',
        'REJECT',
      ),
    ).toEqual(['rwa>cod occurred']);
  });

  it('answers no demand that was only planned', () => {
    expect(
      dyads('Trump planned to press Netanyahu on Gaza. Netanyahu rejected any talk of a Palestinian state.', 'REJECT'),
    ).not.toContainEqual(expect.stringMatching(/>donald-trump/));
  });

  it('answers no act addressed to someone else', () => {
    expect(dyads('China imposed export curbs on rare earths. Japan rejected the measure.', 'REJECT')).toEqual([
      'jpn> occurred',
    ]);
  });
});
