import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "Protest" as a verb of saying is a verbal protest (ACCUSE); as a crowd's act a demonstration (PROTEST).
// Each sentence is the team's own.
const typed = (text: string) => eventsOf(text).map((e) => [e.type, e.source, e.target]);

describe('a verbal protest', () => {
  it('reads "protest" after what was said as an ACCUSE by the speaker', () => {
    expect(typed('Russia is arming the separatists in Donbas, Ukraine protested on Monday.')).toContainEqual([
      'ACCUSE',
      ['ukr'],
      ['rus'],
    ]);
    expect(
      typed('Serbian police are harassing Albanians in the north, the Kosovo government protested here.'),
    ).toContainEqual(['ACCUSE', ['xkx'], ['srb']]);
  });

  it('reads "protested that" and "protested to" as an ACCUSE', () => {
    expect(typed('India protested that Chinese troops had crossed the Line of Actual Control.')).toContainEqual([
      'ACCUSE',
      ['ind'],
      ['chn-military'],
    ]);
    expect(typed('Pakistan protested to Afghanistan over the cross-border shelling.')).toContainEqual([
      'ACCUSE',
      ['pak'],
      ['afg'],
    ]);
  });

  it('leaves a crowd protesting in a place a PROTEST', () => {
    const types = (text: string) => eventsOf(text).map((e) => e.type);
    expect(types('Thousands of students protested in Dhaka on Monday.')).toEqual(['PROTEST']);
    expect(types('Workers at the port protested, blocking the road to Mombasa.')).not.toContain('ACCUSE');
  });
});
