import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const dyads = (text: string, type: string) => dyadLine(text, type, '2023-12-05');

describe('a capital whose name is shared (Georgetown, Kingston, Victoria) stands for its government', () => {
  it('when the article named the state before', () => {
    expect(
      dyads(
        'Guyana says the Essequibo region is its own. Georgetown rejected the referendum held by Venezuela on Sunday.',
        'REJECT',
      ),
    ).toMatch(/^guy>/);
    expect(
      dyads(
        'Jamaica has long backed a Caribbean force for Haiti. On Monday Kingston condemned the attack on Port-au-Prince.',
        'ACCUSE',
      ),
    ).toMatch(/^jam>/);
  });

  it('when the same sentence names the state or one of its people', () => {
    expect(
      dyads(
        'The Seychelles and India talked for months, and Victoria signed the naval deal with New Delhi on Friday.',
        'AGREE',
      ),
    ).toMatch(/syc/);
  });

  it('not in an article that never named the state', () => {
    expect(dyads('Kingston condemned the attack on the embassy on Monday.', 'ACCUSE')).not.toMatch(/jam/);
    expect(dyads('Victoria signed the lease with the council on Friday.', 'AGREE')).not.toMatch(/syc/);
  });
});
