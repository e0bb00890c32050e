import { describe, expect, it } from 'vitest';
import { dyadLine } from '../test-support/resources.ts';

const dyads = (text: string, type: string, published = '2025-06-24') => dyadLine(text, type, published);

describe("an act of force done in response to another party's attacks", () => {
  it('is aimed at the party whose attacks it answers, besides the place it hit', () => {
    expect(
      dyads('Hezbollah fired rockets at a base in Cyprus on Monday in response to the Israeli strikes.', 'ASSAULT'),
    ).toContain('hezbollah>isr');
    expect(
      dyads(
        "Azerbaijan shelled villages in Georgia in retaliation for Armenia's attacks on its border posts.",
        'ASSAULT',
      ),
    ).toContain('aze>arm');
  });

  it('leaves an act answering its own side, or nothing named, as it was', () => {
    expect(dyads('Iran fired missiles at Iraq on Monday in response to the attacks.', 'ASSAULT')).toBe('irn>irq');
  });
});
