import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const dyads = (text: string, type: string) => dyadLine(text, type, '2023-08-31');

describe('"they" after a verb of saying joined by "and" to an act', () => {
  it('is the actor of that act, not the one it acted on', () => {
    expect(
      dyads('Soldiers in Gabon detained President Ali Bongo on Wednesday and said they had seized power.', 'ASSAULT'),
    ).toBe('gab-military>');
    expect(
      dyads(
        'Rebels in Mali captured the governor of Kidal on Sunday and said they had attacked an army base.',
        'ASSAULT',
      ),
    ).toMatch(/^mli-rebels>/);
  });

  it('is both sides of a meeting its speaker took part in', () => {
    expect(dyads('Putin hosted Xi in Moscow on Tuesday and said they had agreed to expand trade.', 'AGREE')).toMatch(
      /^(xi-jinping\+vladimir-putin|vladimir-putin\+xi-jinping)>/,
    );
  });
});

describe('"they" is never one person', () => {
  it('leaves the act with no actor rather than give it to the single person named before', () => {
    expect(dyads('Erdogan said on Monday that they had attacked a Turkish border post.', 'ASSAULT')).not.toMatch(
      /recep-tayyip-erdogan/,
    );
  });
});
