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

describe('a participle after an -ing word that takes a noun phrase describes that noun', () => {
  it('does not read "flights carrying deported migrants" as a deportation by the flights\' state', () => {
    expect(types('Honduras refused entry to two US planes carrying deported migrants on Sunday.')).not.toContain(
      'COERCE',
    );
  });

  it('still reads a perfect participle after "having" as the act', () => {
    expect(types('Eritrea denied having attacked Ethiopian troops on Monday.')).toContain('ASSAULT');
  });

  it('still reads a verb after a noun in -ing as the act', () => {
    expect(types('Russian shelling killed four civilians in Kherson on Monday.')).toContain('ASSAULT');
  });
});
