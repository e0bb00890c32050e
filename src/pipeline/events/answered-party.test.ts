import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// The target of an answer (a refusal, a concession, an acceptance) is the party whose proposal, demand or
// offer it answers, named inside the answer's object. Each sentence is the team's own.
const PUBLISHED = '2025-07-08';
const targets = (text: string, type: string) =>
  [
    ...new Set(
      eventsOf(text, PUBLISHED)
        .filter((e) => e.type === type)
        .flatMap((e) => e.target),
    ),
  ].sort();

describe('the party an answer responds to', () => {
  it('takes the possessor of a call or demand ("the TPLF\'s call")', () => {
    expect(targets("Eritrea's government rejected the TPLF's call for a truce.", 'REJECT')).toEqual(['tplf']);
  });

  it('takes the state of an adjective before a proposal ("the American proposal")', () => {
    expect(targets('Sudan rejected the American proposal on Monday.', 'REJECT')).toEqual(['usa']);
  });

  it('takes the party named after talks "with"', () => {
    expect(targets('Iran rejected direct negotiations with the United States.', 'REJECT')).toEqual(['usa']);
  });

  it('does not take a party named after the answer in another clause', () => {
    expect(targets("Mali rejected the plan; Algeria's proposal is still on the table.", 'REJECT')).toEqual([]);
  });

  it('does not take the answerer itself', () => {
    expect(targets("Ghana rejected Ghana's own proposal.", 'REJECT')).toEqual([]);
  });
});

/** The dyads of one type in a text, as "source>target". */
const dyads = (text: string, type: string, published = '2025-05-10') =>
  eventsOf(text, published)
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`);

describe('an answer to a proposal its owner names with a possessive pronoun', () => {
  it('takes the person named before for "his" or "her"', () => {
    expect(dyads('Sharif said New Delhi had rejected his offer of talks.', 'REJECT')).toEqual(['ind>shehbaz-sharif']);
    expect(dyads('Robert Fico said Brussels had met his demands.', 'CONCEDE', '2025-07-19')).toEqual([
      'eu>robert-fico',
    ]);
    expect(dyads('Pashinyan said Baku had accepted his proposal to open the border.', 'AGREE')).toContain(
      'aze>nikol-pashinyan',
    );
  });

  it('takes the state or group named before for "its" or "their"', () => {
    expect(dyads('The M23 said Kinshasa had rejected its call for direct talks.', 'REJECT')).toEqual(['cod>m23']);
    expect(dyads('Hamas said Israel had accepted its demand for a prisoner release.', 'CONCEDE')).toEqual([
      'isr>hamas',
    ]);
  });

  it('never makes the answerer its own target', () => {
    expect(dyads('Kyiv said it had rejected its own earlier proposal.', 'REJECT')).not.toContain('ukr>ukr');
  });
});

describe('an answer to a deal between two parties', () => {
  it('takes the parties named after "between" as its targets', () => {
    expect(targets('Belgium welcomed the deal between Burundi and Tanzania on Tuesday.', 'SUPPORT')).toEqual([
      'bdi',
      'tza',
    ]);
    expect(targets('Hungary rejected the agreement between the EU and Ukraine.', 'REJECT')).toEqual(['eu', 'ukr']);
  });
});
