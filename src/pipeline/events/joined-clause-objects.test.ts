import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';
import { opensJoinedClause } from '../text/joined-clauses.ts';
import { tokenize } from '../text/tokens.ts';

// The team's own sentences. "Russia shelled the port and Belarus held drills": a party after "and" with a finite
// verb of its own is the subject of a new clause, not one more object of the verb before it, nor the counterpart
// the sentence names for an act whose object it does not name.
describe('a party opening a clause joined by "and"', () => {
  it('is not the object of the verb before the conjunction', () => {
    expect(dyadLine('Russian artillery shelled the port and Belarus held drills near the border.', 'ASSAULT')).toBe(
      'rus>',
    );
    expect(dyadLine('Israeli jets bombed the camp and Egypt urged restraint.', 'ASSAULT')).toBe('isr>');
    // "its positions" are the accuser's.
    expect(
      dyadLine('Sudan accused the RSF of shelling its positions and Chad later condemned the violence.', 'ASSAULT'),
    ).toBe('rsf>sdn');
  });

  it('is not joined to the object group of a verb', () => {
    expect(dyadLine('Pakistani troops attacked Afghanistan and China called for calm.', 'ASSAULT')).toBe(
      'pak-military>afg',
    );
    // Nor is the object of the verb before the conjunction a member of the joined clause's subject.
    expect(dyadLine('Pakistani troops attacked Afghanistan and China called for calm.', 'REQUEST')).toBe(
      'chn>pak-military',
    );
  });

  it('keeps objects joined by "and" with no verb of their own', () => {
    expect(dyadLine('The EU sanctioned Iran and Belarus on Monday.', 'SANCTION')).toBe('eu>irn eu>blr');
    expect(dyadLine('Kenya welcomed the deal Ethiopia and Eritrea signed.', 'SUPPORT')).toContain('eri');
  });

  it('keeps a coordinated subject, a reporter and a party repeating the act as counterparts', () => {
    expect(
      dyadLine(
        'Armenia and Azerbaijan agreed on a truce on Friday, two days after the first Azerbaijani strikes on border villages.',
        'ASSAULT',
      ),
    ).toBe('aze>arm');
    expect(dyadLine('Thailand expelled Cambodian diplomats, and Phnom Penh did the same.', 'SANCTION')).toBe(
      'tha>khm khm>tha',
    );
  });

  it('keeps the parties between which talks are held', () => {
    expect(dyadLine('Talks between Serbia and Kosovo ended on Friday.', 'CONSULT')).toBe('srb+xkx>');
  });
});

describe('opensJoinedClause', () => {
  const tokens = tokenize('Russia shelled the port and Belarus held drills');
  for (const t of tokens) t.pos = t.lower === 'held' || t.lower === 'shelled' ? 'VERB' : 'NOUN';
  it('reads a name after "and" before a finite verb as a new subject', () => {
    expect(opensJoinedClause(tokens, 5, 6)).toBe(true);
    expect(opensJoinedClause(tokens, 0, 1)).toBe(false);
  });
});
