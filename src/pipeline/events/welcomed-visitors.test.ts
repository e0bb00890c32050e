import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Welcoming a person the gazetteer lacks on arrival is a visit (CONSULT), welcoming a thing is approval.
// Each sentence is the team's own.
const typed = (text: string) =>
  eventsOf(text, '2025-03-14').map((e) => [e.type, e.source, e.target.map((t) => t.replace(/^unresolved:/, ''))]);

describe('welcoming a visitor the gazetteer lacks', () => {
  it('reads "welcomed <name>, <description>, in <place>" as a visit by that person', () => {
    expect(typed('Ruto welcomed Marta Lindqvist, the new Nordic mediator, in Nairobi on Tuesday.')).toEqual([
      ['CONSULT', ['unresolved:marta-lindqvist'], ['william-ruto']],
    ]);
    expect(typed('Kagame welcomed Tomas Halvorsen to Kigali on Monday.')[0]?.[0]).toBe('CONSULT');
  });

  it("keeps welcoming a named document or an owner's statement as approval", () => {
    expect(typed('Ramaphosa welcomed Resolution 2417 on Monday.')[0]?.[0]).toBe('SUPPORT');
    expect(typed("Erdogan welcomed Marta Lindqvist's proposal on Monday.")[0]?.[0]).toBe('SUPPORT');
  });
});
