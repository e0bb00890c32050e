import { describe, expect, it } from 'vitest';
import { type PartyRecord, partyResolver, sameParty } from './parties.ts';

const records: Record<string, PartyRecord> = {
  usa: { kind: 'state', country: 'USA', affiliation: null },
  pak: { kind: 'state', country: 'PAK', affiliation: null },
  'donald-trump': {
    kind: 'person',
    country: 'USA',
    affiliation: 'usa',
    roles: [
      { office: 'head-of-state', from: '2017-01-20', to: '2021-01-20' },
      { office: 'head-of-state', from: '2025-01-20', to: null },
    ],
  },
  'tulsi-gabbard': {
    kind: 'person',
    country: 'USA',
    affiliation: 'usa',
    roles: [{ office: 'intelligence-chief', from: '2025-02-12', to: null }],
  },
  'inferred-envoy': { kind: 'person', country: 'PAK', affiliation: null },
  'pak-military': { kind: 'organization', country: 'PAK', affiliation: 'pak', sector: 'military' },
  'pak-militants': { kind: 'armed-group', country: 'PAK', affiliation: 'pak', sector: 'militants' },
  rsf: { kind: 'armed-group', country: 'SDN', affiliation: null },
};
const { partyOf, leads } = partyResolver(
  (id) => records[id],
  new Map([
    ['USA', 'usa'],
    ['PAK', 'pak'],
  ]),
);

describe('partyResolver', () => {
  it("resolves a leader to their state, and a person known only by country to that country's state", () => {
    expect(partyOf('donald-trump')).toBe('usa');
    expect(partyOf('inferred-envoy')).toBe('pak');
  });

  it("resolves a state's army to the state, not militants named after it, nor an armed group to its country", () => {
    expect(partyOf('pak-military')).toBe('pak');
    expect(partyOf('pak-militants')).toBe('pak-militants');
    expect(partyOf('rsf')).toBe('rsf');
  });

  it('leaves states and unknown names as their own party', () => {
    expect(partyOf('usa')).toBe('usa');
    expect(partyOf('unresolved:someone')).toBe('unresolved:someone');
  });
});

describe('sameParty', () => {
  it('pairs a leader with their state, never two people or bodies of one state', () => {
    expect(sameParty('donald-trump', 'usa', partyOf)).toBe(true);
    expect(sameParty('pak', 'pak-military', partyOf)).toBe(true);
    expect(sameParty('inferred-envoy', 'pak-military', partyOf)).toBe(false);
  });
});

describe('leads', () => {
  it('holds for a head of state or government on a day of their term, not before it or for another office', () => {
    expect(leads('donald-trump', '2025-02-13')).toBe(true);
    expect(leads('donald-trump', '2022-06-01')).toBe(false);
    expect(leads('donald-trump', null)).toBe(true);
    expect(leads('tulsi-gabbard', '2025-02-13')).toBe(false);
    expect(leads('usa', '2025-02-13')).toBe(false);
  });
});
