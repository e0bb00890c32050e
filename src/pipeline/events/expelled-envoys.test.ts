import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const dyads = (text: string) => dyadLine(text, 'SANCTION', '2024-03-14');

describe('declaring envoys persona non grata', () => {
  it("is done by the one who declares, to the envoys' state, with the envoys named in between", () => {
    expect(dyads('Poland declared two Russian diplomats persona non grata on Monday.')).toBe('pol>rus');
    expect(dyads('Azerbaijan declared the French ambassador persona non grata.')).toBe('aze>fra');
  });

  it('in the passive, is by the "by" agent', () => {
    expect(dyads('Two Venezuelan diplomats were declared persona non grata by Argentina on Monday.')).toBe('arg>ven');
  });
});

describe('envoys expelled with no agent named', () => {
  it('are expelled by the state where they serve, named in the subject', () => {
    expect(dyads('Two Russian diplomats in Warsaw were declared persona non grata on Monday.')).toBe('pol>rus');
    expect(dyads('Iranian diplomats in Baku were expelled on Tuesday.')).toBe('aze>irn');
  });

  it('or by the state they are expelled from', () => {
    expect(dyads('Three Chinese diplomats were expelled from Canada on Thursday.')).toBe('can>chn');
  });

  it('and by no one when the text names no such state', () => {
    expect(dyads('Two Russian diplomats were declared persona non grata on Monday.')).not.toMatch(/rus>/);
  });
});
