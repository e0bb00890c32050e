import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { tokenize } from '../text/tokens.ts';
import { backerMentions } from './backer-phrases.ts';
import type { ActorMention } from './find-mentions.ts';

// A participle of backing with its "by" phrase ("backed by Iran", "funded by Moscow") describes a noun, as
// "Iran-backed" does: the backer is no party of what the sentence tells. Each sentence is the team's own.
const PUBLISHED = '2025-07-07';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

/** Mentions of the capitalised words the test names, one token each, for the function alone. */
function mentionsOf(text: string, names: string[]): { tokens: ReturnType<typeof tokenize>; mentions: ActorMention[] } {
  const tokens = tokenize(text);
  const mentions = tokens.flatMap((t, i) =>
    names.includes(t.text)
      ? [{ actorId: t.lower, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, via: 'name' as const }]
      : [],
  );
  return { tokens, mentions };
}

describe('the backer named after "by"', () => {
  it.each([
    ['Backed by Iran, the Houthis attacked ships.', ['Iran', 'Houthis'], ['iran']],
    ['The RSF, armed by Tehran, shelled the city.', ['RSF', 'Tehran'], ['tehran']],
    ['Rebels funded by Kigali and Kampala took the town.', ['Kigali', 'Kampala'], ['kigali', 'kampala']],
    [
      'Funded by Iran, Syria and Russia, Hezbollah fired rockets.',
      ['Iran', 'Syria', 'Russia', 'Hezbollah'],
      ['iran', 'syria', 'russia'],
    ],
  ])('in "%s"', (text, names, backers) => {
    const { tokens, mentions } = mentionsOf(text, names);
    expect([...backerMentions(mentions, tokens)].map((m) => m.actorId)).toEqual(backers);
  });

  it.each([
    ['The M23 is backed by Rwanda, Kinshasa said.', ['Rwanda', 'Kinshasa']],
    ['The militias were heavily armed by Tehran.', ['Tehran']],
    ['The resolution was drafted by France.', ['France']],
  ])('is an agent still in a finite passive: "%s"', (text, names) => {
    const { tokens, mentions } = mentionsOf(text, names);
    expect(backerMentions(mentions, tokens).size).toBe(0);
  });
});

describe('an act of the backed party', () => {
  it.each([
    ['Backed by Iran, the Houthis attacked ships in the Red Sea on Monday.', ['houthis'], 'irn'],
    ['The RSF, backed by the UAE, shelled El Fasher on Sunday.', ['rsf'], 'are'],
    ['Funded by Iran, Syria and Russia, Hezbollah fired rockets at Haifa.', ['hezbollah'], 'irn'],
    ['Rebels backed by Rwanda and Uganda captured Bunia on Friday.', ['rebels'], 'rwa'],
  ])('has the backer on neither side in "%s"', (text, source, backer) => {
    const [attack] = of(text, 'ASSAULT');
    expect(attack?.source).toEqual(source);
    expect(attack?.target).not.toContain(backer);
  });
});

describe('the participle of backing itself', () => {
  it('reports no act, as "Iran-backed" does not', () => {
    expect(of('Iran, supported by Russia and China, rejected the resolution.', 'SUPPORT')).toEqual([]);
  });

  it('is still an act as a finite verb', () => {
    expect(of('Rwanda backed the M23 rebels.', 'SUPPORT').map((e) => e.source)).toEqual([['rwa']]);
  });
});
