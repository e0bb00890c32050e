import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Each event as [type, sorted sources, targets, modality, trigger].
const events = (text: string) =>
  eventsOf(text, '2025-07-08').map((e) => [e.type, [...e.source].sort(), e.target, e.modality, e.trigger.text]);

describe('an invitation of two parties to a meeting', () => {
  it('asks each party and plans a meeting of the invited with each other', () => {
    expect(events('Kenya invited the Ethiopian government and the TPLF to talks in Nairobi next week.')).toEqual([
      ['REQUEST', ['ken'], ['eth'], 'occurred', 'invited the Ethiopian government and the TPLF to'],
      ['REQUEST', ['ken'], ['tplf'], 'occurred', 'invited the Ethiopian government and the TPLF to'],
      ['CONSULT', ['eth', 'tplf'], [], 'planned', 'talks'],
    ]);
    const planned = events('Qatar invited Kagame and Tshisekedi to a new round of talks in Doha.').filter(
      (e) => e[0] === 'CONSULT',
    );
    expect(planned).toEqual([['CONSULT', ['felix-tshisekedi', 'paul-kagame'], [], 'planned', 'talks']]);
  });

  it('plans no meeting from an invitation to something else, or of one party', () => {
    const types = (text: string) => events(text).map((e) => e[0]);
    expect(types('Macron invited Zelensky and Starmer to dinner at the Elysee.')).not.toContain('CONSULT');
    expect(types('Norway invited Colombia to peace talks in Oslo.')).not.toContain('CONSULT');
  });
});
