import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Force a speaker announces without naming who would use it. Each sentence is the team's own.
const PUBLISHED = '2025-07-08';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

describe('force announced by a speaker with no one named to use it', () => {
  it("gives the strikes to the speaker's side, possible, and makes the announcement a THREATEN", () => {
    const text = 'Netanyahu said strikes on Hezbollah could resume next week.';
    expect(of(text, 'ASSAULT').map((e) => [e.source, e.target, e.modality])).toEqual([
      [['isr'], ['hezbollah'], 'hypothetical'],
    ]);
    expect(of(text, 'THREATEN').map((e) => [e.source, e.target, e.modality])).toEqual([
      [['benjamin-netanyahu'], ['hezbollah'], 'occurred'],
    ]);
  });

  it('takes the party of the condition for the target ("bombing if Iran ...")', () => {
    const text = 'Trump warned that there would be bombing unless Iran halted enrichment.';
    expect(of(text, 'ASSAULT').map((e) => [e.source, e.target])).toEqual([[['usa'], ['irn']]]);
    expect(of(text, 'THREATEN').flatMap((e) => e.target)).toEqual(['irn']);
  });

  it("does not make a victim's warning that strikes go on into a threat of its own", () => {
    const text = 'Zelensky said strikes on Kharkiv would continue.';
    expect(of(text, 'THREATEN')).toEqual([]);
    expect(of(text, 'ASSAULT').flatMap((e) => e.source)).not.toContain('ukr');
  });

  it('does not give force to a speaker who cannot use it', () => {
    expect(of('The UN said strikes on Gaza could resume.', 'THREATEN')).toEqual([]);
  });
});
