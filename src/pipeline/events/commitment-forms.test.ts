import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// Forms a commitment takes besides "X agreed to": a participle after the main clause (", agreeing to halt
// firing"), a decision taken together ("A and B decided to set up a commission"), and easing one's military
// measures (CAMEO 087, RETREAT) as what is committed. Each sentence is the team's own.
const PUBLISHED = '2025-10-06';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);
const parties = (e: { source: string[]; target: string[] } | undefined) => [...e!.source, ...e!.target].sort();

describe('a participle of agreeing after the main clause', () => {
  it('takes the parties the main clause names by demonyms, and plans the act', () => {
    const text = 'The Thai and Cambodian army chiefs spoke by phone on Sunday, agreeing to stop all shelling.';
    const [agreement] = of(text, 'AGREE');
    expect(parties(agreement)).toEqual(['khm-military', 'tha-military']);
    expect(agreement?.date).toBe('2025-10-05');
    const [halt] = of(text, 'RETREAT');
    expect(halt?.modality).toBe('planned');
  });
});

describe('a decision taken together is an AGREE between those who took it', () => {
  it('reads two parties deciding to act as an agreement, dated by its day', () => {
    const [agreement] = of('Eritrea and Ethiopia decided on Friday to reopen their border posts.', 'AGREE');
    expect(parties(agreement)).toEqual(['eri', 'eth']);
    expect(agreement?.date).toBe('2025-10-03');
  });

  it('reads one party deciding to act on another as a commitment to that party, once', () => {
    const agreements = of('Moldova decided to release two Russian soldiers.', 'AGREE');
    expect(agreements.map((e) => [e.source, e.target])).toEqual([[['mda'], ['rus']]]);
  });

  it('makes no agreement of a decision of one party that concerns no one else', () => {
    expect(of('Moldova decided to hold early elections in the spring.', 'AGREE')).toEqual([]);
  });
});

describe('easing military measures is a RETREAT', () => {
  it('reads a committed easing of defensive measures as a planned RETREAT against the one they faced', () => {
    const [act] = of('Uganda committed to lifting its defensive measures along the South Sudan border.', 'RETREAT');
    expect(act?.source).toEqual(['uga']);
    expect(act?.modality).toBe('planned');
  });

  it('leaves security measures at checkpoints alone', () => {
    expect(of('Israel lifted security measures at the checkpoints.', 'RETREAT')).toEqual([]);
  });
});
