import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// "Iran condemned the strikes": a reaction whose object is a definite attack noun points back at the attack the
// article reported last, and is aimed at its attackers. Each article is the team's own.
const typed = (text: string) => typedEvents(text, '2025-10-19');

describe('a reaction to an attack told before', () => {
  it('is aimed at the attackers of the last attack reported', () => {
    const text = 'Rwandan troops shelled Goma on Saturday. Kenya condemned the shelling on Sunday.';
    expect(typed(text)).toContainEqual(['ACCUSE', ['ken'], ['rwa-military'], 'occurred']);
    const deadly = 'Houthi drones hit a tanker in the Red Sea on Friday. The EU denounced the deadly attack.';
    expect(typed(deadly).filter(([type]) => type === 'ACCUSE')).toContainEqual([
      'ACCUSE',
      ['eu'],
      ['houthis'],
      'occurred',
    ]);
  });

  it('is not aimed at the reacting party itself, nor without an attack told before', () => {
    const own = 'Sudanese troops shelled El Fasher on Saturday. Sudan condemned the attacks.';
    expect(typed(own).filter(([type]) => type === 'ACCUSE')).toEqual([['ACCUSE', ['sdn'], [], 'occurred']]);
    expect(typed('Norway condemned the attack.')).toEqual([['ACCUSE', ['nor'], [], 'occurred']]);
  });

  it('is aimed at the attackers of the attack on the reacting party, when the article told one', () => {
    const text =
      'Houthi drones struck a port in Saudi Arabia on Monday, a day after Israel bombed Hodeidah. Riyadh condemned the attack.';
    expect(typed(text).filter(([type]) => type === 'ACCUSE')).toContainEqual([
      'ACCUSE',
      ['sau'],
      ['houthis'],
      'occurred',
    ]);
  });
});
