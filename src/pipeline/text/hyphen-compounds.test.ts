import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';
import { compoundParticipleAt, opensLowerCaseCompound } from './hyphen-compounds.ts';
import { tokenize } from './tokens.ts';

const roleOf = (text: string, word: string) => {
  const tokens = tokenize(text);
  return compoundParticipleAt(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
};

/** Every event of a text as "TYPE source>target", parties sorted. */
const events = (text: string, published = '2025-05-10') =>
  eventsOf(text, published).map((e) => `${e.type} ${[...e.source].sort().join('+')}>${e.target.join('+')}`);

describe('compound adjectives of a name, a hyphen and a participle', () => {
  it('tells a leader from a backer, and only when the hyphen joins both words', () => {
    expect(roleOf('the US-led talks', 'led')).toBe('leader');
    expect(roleOf('Qatari-mediated talks', 'mediated')).toBe('leader');
    expect(roleOf('Iran-backed Houthis', 'backed')).toBe('backer');
    expect(roleOf('the Kremlin-funded channel', 'funded')).toBe('backer');
    expect(roleOf('India - backed by Russia - objected', 'backed')).toBeNull();
    expect(roleOf('Kyiv-based diplomats', 'based')).toBeNull();
  });

  it('reads a capitalised word before a hyphen and a lower-case word as half of a modifier', () => {
    const tokens = tokenize('Western-backed forces and Jean-Pierre Lacroix');
    expect(opensLowerCaseCompound(tokens, 1)).toBe(true);
    expect(opensLowerCaseCompound(tokens, 6)).toBe(false);
  });
});

describe('events around such compounds', () => {
  it('neither reports backing as an event nor makes the backer a party', () => {
    expect(events('Iran-backed Houthi rebels fired missiles at a tanker in the Red Sea.')).toEqual([
      'ASSAULT houthis>',
    ]);
    const goma = events('Rwanda-backed M23 rebels seized Goma on Monday.', '2025-01-28');
    expect(goma.some((e) => e.includes('rwa') || e.startsWith('SUPPORT'))).toBe(false);
  });

  it('leaves no unresolved actor from a modifier such as "Western-backed"', () => {
    const accused = events('The Kremlin accused Western-backed forces of shelling Donetsk.');
    expect(accused.some((e) => e.includes('unresolved'))).toBe(false);
    expect(events('The Western-backed plan calls for Serbia to accept Kosovo documents.')).toEqual([]);
  });

  it('makes a leader act through what it leads and take part in the talks it leads, mediates or hosts', () => {
    // Sanaa, held by the Houthis, is their seat: the coalition's strike on it is one on them.
    expect(events('The Saudi-led coalition struck Sanaa overnight.')).toEqual(['ASSAULT sau>houthis']);
    expect(events('Qatari-mediated talks between Israel and Hamas resumed in Doha on Monday.')).toEqual([
      'CONSULT hamas+isr+qat>',
    ]);
    expect(
      events('A Turkish-hosted meeting between Russian and Ukrainian negotiators opened in Istanbul on Friday.'),
    ).toEqual(['CONSULT rus+tur+ukr>']);
    expect(events('Vucic rejected the EU-brokered plan on Monday.', '2023-03-01')).toEqual([
      'REJECT aleksandar-vucic>eu',
    ]);
  });
});
