import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An act a party considers, weighs, mulls or contemplates ("is considering imposing sanctions", "weighing whether
// to meet", "mulling a military intervention") is not done: it is hypothetical, and its doer is the one who weighs
// it. Judging an act ("considered the Indian strikes an act of war") is no weighing of it. Each sentence is the
// team's own.
const events = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')} ${e.modality}`);

describe('an act a party weighs', () => {
  it('is hypothetical after a verb of considering and an -ing form', () => {
    expect(events('The EU is considering imposing new sanctions on Belarus.', 'SANCTION')).toEqual([
      'eu>blr hypothetical',
    ]);
    expect(events('Ankara considered expelling the Swedish ambassador.', 'SANCTION')).toEqual(['tur>swe hypothetical']);
    expect(events('Moscow has considered sending more troops to Belarus.', 'MOBILIZE')).toEqual([
      'rus>blr hypothetical',
    ]);
  });

  it('is hypothetical after "whether to", done by the one weighing it', () => {
    expect(events('Seoul is weighing whether to meet Kim.', 'CONSULT')).toEqual(['kor>kim-jong-un hypothetical']);
  });

  it('reads a noun act weighed, done by the one weighing it', () => {
    expect(events('New Delhi was contemplating a strike on Pakistani camps.', 'ASSAULT')).toEqual([
      'ind>pak hypothetical',
    ]);
    expect(events('The Pentagon was weighing a strike on Houthi radar sites.', 'ASSAULT')).toEqual([
      'pentagon>houthis hypothetical',
    ]);
    expect(events('The White House is considering a new round of strikes on the Houthis.', 'ASSAULT')).toEqual([
      'usa>houthis hypothetical',
    ]);
  });

  it('leaves an act judged, or owned by another party, as it is told', () => {
    expect(events('Pakistan considered the Indian strikes an act of war.', 'ASSAULT')).toEqual(
      events('Pakistan called the Indian strikes an act of war.', 'ASSAULT'),
    );
    expect(events('Israel struck Iran on Friday.', 'ASSAULT')).toEqual(['isr>irn occurred']);
    expect(events('NATO is weighing the demand for more troops.', 'REQUEST').map((e) => e.split(' ')[1])).not.toContain(
      'hypothetical',
    );
  });
});
