import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// A claim of an attack ("claimed responsibility for the attack on ...", "claimed attacks on ...") is the claimant's
// attack, so "claimed" before what is claimed opens no clause of its own; a group's spokesperson claims for the
// group, which made the attack. Each sentence is the team's own.
const typed = (text: string) => typedEvents(text, '2025-06-13');
const assaults = (text: string) => typed(text).filter((e) => e[0] === 'ASSAULT');

describe('a claimed attack', () => {
  it('is the attack of who claims responsibility for it', () => {
    expect(assaults('Hamas claimed responsibility for the attack on Israeli troops.')).toEqual([
      ['ASSAULT', ['hamas'], ['idf'], 'occurred'],
    ]);
    expect(assaults('Al-Shabaab claimed responsibility for the bombing.').map((e) => e[1])).toEqual([['al-shabaab']]);
  });

  it("is the group's when its spokesperson claims it", () => {
    expect(assaults('Abu Obeida claimed attacks on Israeli troops in Khan Younis.')).toEqual([
      ['ASSAULT', ['al-qassam-brigades'], ['idf'], 'occurred'],
    ]);
    expect(
      assaults('Zabihullah Mujahid, the Taliban spokesman, claimed attacks on Pakistani border posts.').map(
        (e) => e[1],
      ),
    ).toEqual([['taliban']]);
  });

  it('leaves a claim that opens a clause a report of someone else', () => {
    const events = assaults('Moscow claimed the attack was staged by Kyiv.');
    expect(events.map((e) => e[1])).not.toContainEqual(['rus']);
  });
});
