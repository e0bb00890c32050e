import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Each event of `type` as "source>target".
const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-07-08')
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

describe('a name, a relative clause set off by commas, then a verb of saying', () => {
  it('has the name speak, not a party the relative clause names', () => {
    expect(dyads('Kallas, who visited Kyiv on Monday, said Russia must withdraw its troops.', 'REQUEST')).toEqual([
      'kaja-kallas>rus',
    ]);
    expect(
      dyads(
        'Rubio, who met Lavrov in Riyadh on Tuesday, said on Wednesday that Russia must stop its attacks.',
        'REQUEST',
      ),
    ).toEqual(['marco-rubio>rus']);
  });

  it("still has the relative clause's own verb done by the name", () => {
    expect(dyads('Kallas, who visited Kyiv on Monday, said Russia must withdraw its troops.', 'CONSULT')).toEqual([
      'kaja-kallas>ukr',
    ]);
  });
});

describe('"whose" and what the antecedent owns', () => {
  it('makes the antecedent the actor of what its fighters or weapons do', () => {
    expect(
      dyads('The Houthis, whose missiles struck an Israeli airport in May, threatened more attacks.', 'ASSAULT'),
    ).toEqual(['houthis>isr']);
    expect(
      dyads('Hamas, whose fighters attacked Israel in October, agreed on Sunday to release the hostages.', 'ASSAULT'),
    ).toEqual(['hamas>isr']);
  });
});
