import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// A past participle after a number or a preposition qualifies the noun after it ("two closed crossing points",
// "from disputed posts"); it is no act of its own, and the verb that governs the phrase keeps its trigger.
// Each sentence is the team's own.
const PUBLISHED = '2025-03-14';
const types = (text: string) => eventsOf(text, PUBLISHED).map((e) => e.type);

describe('a participle after a number describes the things counted', () => {
  it('reads "would open two closed crossing points" as a promised opening, not a closure', () => {
    const events = eventsOf('Officials said Dushanbe would open two closed crossing points next month.', PUBLISHED);
    expect(events.map((e) => e.type).sort()).toEqual(['AGREE', 'RETREAT']);
    expect(events.find((e) => e.type === 'RETREAT')?.modality).toBe('planned');
    expect(events.every((e) => e.source.includes('tjk'))).toBe(true);
  });

  it('reads "reopen three closed border crossings" by Serbia the same way', () => {
    expect(types('Serbia said it would reopen three closed border crossings with Kosovo.')).not.toContain('COERCE');
  });

  it('reads "release 12 detained fishermen" as a release only', () => {
    expect(types('Islamabad said it would release 12 detained Indian fishermen.')).not.toContain('COERCE');
  });

  it('reads "free several detained soldiers" as a release only', () => {
    expect(types('Kinshasa said it would free several detained Rwandan soldiers.')).not.toContain('COERCE');
  });
});

describe('a participle after a preposition describes the noun of its phrase', () => {
  it('makes no accusation of "from disputed posts"', () => {
    const text = 'Kyrgyzstan and Tajikistan had agreed to withdraw their border guards from disputed posts.';
    expect(types(text)).not.toContain('ACCUSE');
  });
});

describe('finite verbs stay verbs', () => {
  it('keeps a verb after a year ("which in 2014 annexed Crimea")', () => {
    expect(types('Russia, which in 2014 annexed Crimea, denied the charge.')).toContain('COERCE');
  });

  it('keeps a closure that is the act ("had closed two crossings", "closed the border")', () => {
    expect(types('Ukraine said Russia had closed two crossings.')).toContain('COERCE');
    expect(types('Ethiopia closed the border with Eritrea.')).toContain('COERCE');
  });

  it('keeps a form that is also the base ("cut gas supplies")', () => {
    expect(types('Russia cut gas supplies to Moldova.')).toContain('SANCTION');
  });
});
