import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// "after talks between their military commanders on Saturday": a meeting between "their" people names no parties
// of its own; in a time phrase of the main clause it is the subject's meeting, dated by its own date, as "after
// their talks" is. Each sentence is the team's own.
const PUBLISHED = '2025-03-14';
const meeting = (text: string) => eventsOf(text, PUBLISHED).find((e) => e.type === 'CONSULT');
const partiesOf = (e: { source: string[]; target: string[] } | undefined) =>
  [...(e?.source ?? []), ...(e?.target ?? [])].sort();

describe('talks between "their" people after the main clause', () => {
  it("gives the commanders' talks to India and Pakistan, on Saturday", () => {
    const talks = meeting(
      'India and Pakistan agreed to a ceasefire after talks between their military commanders on Saturday.',
    );
    expect(partiesOf(talks)).toEqual(['ind', 'pak']);
    expect(talks).toMatchObject({ modality: 'occurred', date: '2025-03-08', datePrecision: 'day' });
  });

  it("gives the deputy prime ministers' talks to Armenia and Azerbaijan, in March", () => {
    const talks = meeting(
      'Armenia and Azerbaijan agreed to open the road after talks between their deputy prime ministers in March.',
    );
    expect(partiesOf(talks)).toEqual(['arm', 'aze']);
    expect(talks).toMatchObject({ date: '2025-03-01', datePrecision: 'month' });
  });

  it("gives the envoys' talks to Sudan's army and the RSF, last week", () => {
    const talks = meeting(
      "Sudan's army and the RSF agreed to a truce after talks between their envoys in Jeddah last week.",
    );
    expect(partiesOf(talks)).toEqual(['rsf', 'sdn-military']);
    expect(talks?.datePrecision).toBe('week');
  });

  it('keeps named parties after "between" as the parties of their talks', () => {
    const talks = meeting('Serbia agreed to the plan after talks between Kosovo and the EU in Brussels.');
    expect(partiesOf(talks)).not.toContain('srb');
  });
});
