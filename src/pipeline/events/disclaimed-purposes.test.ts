import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An act a party says there is no plan, intention, question, reason or need for: "no plans to" and "no question
// of" deny it, "no reason to" and "no need for" only doubt it (hypothetical), whether the act is a verb ("to
// meet"), a noun ("for a meeting", "of talks") or has its own subject ("for Erdogan to meet"); said in an
// existential clause ("there was no reason to meet"), the act is the speaker's. Each sentence is the team's own.
const events = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('an act there is said to be no plan or need for', () => {
  it('is the speaker’s when the clause is existential', () => {
    expect(events('Trump said on Friday there was no reason to meet Kim this year.', 'CONSULT')).toEqual([
      'donald-trump>kim-jong-un hypothetical',
    ]);
    expect(events('Lavrov said there were no plans to hold talks with Kyiv.', 'CONSULT')).toEqual([
      'sergey-lavrov>ukr denied',
    ]);
  });

  it('is no threat when the speaker says there is no need for force', () => {
    expect(events('There is no need to expel the Russian ambassador, Tusk said.', 'THREATEN')).toEqual([]);
    expect(events('Kagame said there was no intention to invade Congo.', 'ASSAULT')).toEqual([
      'paul-kagame>cod denied',
    ]);
  });

  it('reads a meeting noun after "for" or "of"', () => {
    expect(events('Ruto said there was no need for a meeting with Museveni.', 'CONSULT')).toEqual([
      'william-ruto>yoweri-museveni hypothetical',
    ]);
    expect(events('Ankara said there were no plans for a meeting between Erdogan and Assad.', 'CONSULT')).toEqual([
      'recep-tayyip-erdogan+bashar-al-assad> denied',
    ]);
    expect(events('Modi said there was no question of talks with Pakistan.', 'CONSULT')).toEqual([
      'narendra-modi>pak denied',
    ]);
  });

  it('reads an act with its own subject after "for"', () => {
    expect(events('There are no plans for Erdogan to meet Assad, Ankara said.', 'CONSULT')).toEqual([
      'recep-tayyip-erdogan>bashar-al-assad denied',
    ]);
  });

  it('leaves plans that are told as plans', () => {
    expect(events('Ankara said there were plans for a meeting between Erdogan and Assad.', 'CONSULT')).toEqual([
      'recep-tayyip-erdogan+bashar-al-assad> planned',
    ]);
    expect(events('Modi has no plans to meet Sharif.', 'CONSULT')).toEqual(['narendra-modi>shehbaz-sharif denied']);
  });
});
