import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

// The team's own sentences. "Negotiations with the Taliban had ended without a deal, Pakistan said": talks told as
// the subject of a verb, with one side after "with", are held with the side that reports them, whether its verb
// of saying stands before the clause or after it.
describe('talks with a party, reported by the other side', () => {
  it('are held by the speaker of a trailing verb of saying', () => {
    expect(dyadLine('Negotiations with the Taliban had ended without a deal, Pakistan said.', 'CONSULT')).toBe(
      'pak>taliban',
    );
    expect(dyadLine('Talks with the M23 collapsed on Sunday, Congolese officials said.', 'CONSULT')).toBe('cod>m23');
  });

  it('are held by the speaker of a verb of saying before the clause, as before', () => {
    expect(dyadLine('Kosovo said talks with Serbia had stalled.', 'CONSULT')).toBe('xkx>srb');
  });

  it('take no speaker who is not named right after the comma', () => {
    expect(dyadLine('Talks with the Houthis ended, and the mediators said nothing.', 'CONSULT')).toBe('');
  });
});
