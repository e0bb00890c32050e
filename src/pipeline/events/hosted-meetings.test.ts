import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const consults = (text: string) => eventsOf(text, '2025-07-08').filter((e) => e.type === 'CONSULT');

describe('a meeting run by the one party named', () => {
  it('keeps a host whose guests go unnamed', () => {
    expect(consults('Qatar hosted the talks on Monday.').map((e) => e.source)).toEqual([['qat']]);
  });

  it('keeps the chair of talks named in a passive', () => {
    const talks = consults('The talks in Geneva were chaired by Switzerland and lasted three hours on Monday.');
    expect(talks.map((e) => e.source)).toEqual([['che']]);
  });

  it('keeps the mediator of negotiations named in a passive', () => {
    expect(consults('The negotiations in Oslo were mediated by Norway on Saturday.').map((e) => e.source)).toEqual([
      ['nor'],
    ]);
  });

  it('still needs a second party for a meeting nobody is said to run', () => {
    expect(consults('Norway said the talks would resume on Saturday.')).toEqual([]);
  });

  it('does not read hosting something other than a meeting as a meeting', () => {
    expect(consults('Qatar hosted the football tournament in December.')).toEqual([]);
  });
});

describe('a host whose meeting names no guest', () => {
  // Events are dyads: the host's side and every guest, each once.
  const hosted = (text: string) => {
    const events = eventsOf(text, '2025-03-11').filter(
      (e) => e.type === 'CONSULT' && e.trigger.text.toLowerCase().startsWith('host'),
    );
    const unique = (ids: string[]) => [...new Set(ids)].sort();
    return [unique(events.flatMap((e) => e.source)), unique(events.flatMap((e) => e.target))];
  };

  it('meets the parties of the joint act its sentence reports', () => {
    expect(
      hosted('Tshisekedi and Kagame signed the accord in Doha at a ceremony hosted by the emir of Qatar.'),
    ).toEqual([['tamim-bin-hamad-al-thani'], ['felix-tshisekedi', 'paul-kagame']]);
    expect(
      hosted(
        'The ceasefire accord was signed by Hun Manet and Anutin Charnvirakul at a ceremony hosted by Anwar Ibrahim.',
      ),
    ).toEqual([['anwar-ibrahim'], ['anutin-charnvirakul', 'hun-manet']]);
  });

  it('keeps no guest when the sentence reports no joint act', () => {
    expect(hosted('Qatar hosted the talks on Sunday.')).toEqual([['qat'], []]);
  });
});
