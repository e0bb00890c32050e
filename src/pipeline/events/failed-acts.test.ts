import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// An act a party failed, has yet or stopped short of doing did not happen: denied, not hoped for nor done. Each
// sentence is the team's own.
const modalityOf = (text: string, type: string) =>
  eventsOf(text, '2025-06-13')
    .filter((e) => e.type === type)
    .map((e) => e.modality);

describe('an act failed or not yet done', () => {
  it('is denied after "failed to"', () => {
    expect(modalityOf('Ethiopia and Egypt failed to agree on the filling of the dam.', 'AGREE')).toEqual(['denied']);
    expect(modalityOf('Serbia and Kosovo failed to reach a deal in Brussels.', 'AGREE')).toEqual(['denied']);
  });

  it('is denied after "has yet to"', () => {
    expect(modalityOf('Armenia and Azerbaijan have yet to agree on the border.', 'AGREE')).toEqual(['denied']);
  });

  it('is denied after "stopped short of" and "refrained from"', () => {
    expect(modalityOf('Brussels stopped short of imposing sanctions on Belgrade.', 'SANCTION')).toEqual(['denied']);
    expect(modalityOf('Seoul refrained from imposing sanctions on Pyongyang.', 'SANCTION')).toEqual(['denied']);
  });

  it('leaves an act agreed as it is told', () => {
    expect(modalityOf('Ethiopia and Egypt agreed on the filling of the dam.', 'AGREE')).toEqual(['occurred']);
  });
});
