import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A denial's clause without "that" ("denied it was behind the attack", "denied its troops had shelled the town")
// denies the act in it as "denied that ..." does. Each sentence is the team's own.
const PUBLISHED = '2025-06-13';
const readings = (text: string, type: string) =>
  eventsOf(text, PUBLISHED)
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.modality]);

describe('a denial whose clause has no "that"', () => {
  it('denies the act in the clause', () => {
    expect(readings('Islamabad denied it was behind the attack in Pahalgam.', 'ASSAULT')).toEqual([
      [['pak'], 'denied'],
    ]);
    expect(readings('Moscow denied Russian troops had shelled the market in Kherson.', 'ASSAULT')).toEqual([
      [['rus-military'], 'denied'],
    ]);
  });

  it('stops at the next clause of the sentence', () => {
    const threats = readings(
      'Islamabad denied it was behind the attack in Pahalgam, and India vowed to punish the perpetrators.',
      'THREATEN',
    );
    expect(threats.map((t) => t[1])).toEqual(['occurred']);
  });

  it('leaves a denial of a plain object to the object reading', () => {
    expect(
      readings('Kigali denied the charge and said Congolese troops had attacked its border posts.', 'ASSAULT'),
    ).toEqual([[['cod-military'], 'occurred']]);
  });
});
