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
