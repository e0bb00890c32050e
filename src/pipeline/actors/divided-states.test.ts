import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const dyads = (text: string, type: string) =>
  eventsOf(text, '2025-03-11')
    .filter((e) => e.type === type)
    .map((e) => [e.source, e.target]);

describe('"the North" and "the South" in a story about a divided state', () => {
  it('is the half named by the other half or its people earlier in the sentence', () => {
    expect(dyads('Seoul accused the North on Monday of jamming GPS signals near the border.', 'ACCUSE')).toEqual([
      [['kor'], ['prk']],
    ]);
    expect(dyads('North Korean artillery shelled the South on Tuesday.', 'ASSAULT')).toEqual([[['prk'], ['kor']]]);
  });

  it('is the half named earlier in the article', () => {
    const text = 'South Korea ended its border broadcasts on Friday. On Sunday the North accused Seoul of lying.';
    expect(dyads(text, 'ACCUSE')).toEqual([[['prk'], ['kor']]]);
  });

  it('stays a region when no divided state is named', () => {
    const events = eventsOf('Sudanese troops attacked rebels in the North on Monday.', '2025-03-11');
    expect(events.flatMap((e) => [...e.source, ...e.target])).not.toContain('prk');
    expect(events.flatMap((e) => [...e.source, ...e.target])).not.toContain('kor');
  });
});
