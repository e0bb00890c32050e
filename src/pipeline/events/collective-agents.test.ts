import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// The team's own sentences. "were paid for by European allies", "announced by Western governments": capitalised
// words the gazetteer lacks before a plural noun for parties, after a passive's "by", are the unnamed group that
// acts, as they are in a request's slot ("urged Gulf states to").
describe('an unnamed group after a passive "by"', () => {
  it('is the agent', () => {
    expect(dyadLine('New sanctions on Belarus were announced by Western governments on Friday.', 'SANCTION')).toBe(
      'unresolved:western-governments>blr',
    );
    expect(dyadLine('The peace talks in Addis Ababa were mediated by African leaders.', 'CONSULT')).toBe(
      'unresolved:african-leaders>',
    );
  });

  it('leaves a name before a noun for fighters to the named group', () => {
    expect(dyadLine('The convoy was attacked by Houthi fighters.', 'ASSAULT')).toBe('houthis>');
  });
});
