import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The team's own sentences. "the agreement signed by A and B", "the envoy summoned by X": a participle right after
// the object noun of a verb-and-object pattern, with its "by" agent, is that pattern's act in a reduced relative,
// as "the agreement was signed by A and B" is in a full passive.
const PUBLISHED = '2025-07-08'; // a Tuesday
const typed = (text: string) => eventsOf(text, PUBLISHED).map((e) => [e.type, e.source, e.target, e.date] as const);

describe('a verb-and-object pattern in a reduced relative', () => {
  it('reads the signing of an agreement noun by its signatories', () => {
    expect(typed('The pact signed by Ethiopia and Somalia in Ankara ended the dispute.')).toContainEqual([
      'AGREE',
      ['eth', 'som'],
      [],
      '2025-07-08',
    ]);
  });

  it('finds the agent past a time phrase and dates the act by it', () => {
    expect(typed('The deal signed in March by Kosovo and Serbia has stalled.')).toContainEqual([
      'AGREE',
      ['xkx', 'srb'],
      [],
      '2025-03-01',
    ]);
  });

  it('reads a directed act on the party heading the noun', () => {
    expect(typed('The Belarusian envoy summoned by Lithuania on Monday left without comment.')).toContainEqual([
      'ACCUSE',
      ['ltu'],
      ['blr'],
      '2025-07-07',
    ]);
  });

  it('reads nothing where no agent is named', () => {
    expect(typed('The truce declared on Sunday collapsed within hours.').map(([type]) => type)).not.toContain(
      'RETREAT',
    );
  });

  it('keeps the relative clause date out of the main verb', () => {
    const accused = typed('Kinshasa accused Kigali of violating the accord signed by both governments in June.').find(
      ([type]) => type === 'ACCUSE',
    );
    expect(accused?.[3]).toBe('2025-07-08');
  });
});
