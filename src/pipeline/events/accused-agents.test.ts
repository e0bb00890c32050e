import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const PUBLISHED = '2025-05-05';
const dyads = (text: string) =>
  eventsOf(text, PUBLISHED).map((e) => `${e.type}:${e.source.join('+')}>${e.target.join('+')}`);

describe('the act a party is accused of', () => {
  it("is never the accuser's own act when the accused is not resolved", () => {
    const found = dyads('India accused its neighbour of sheltering militants on Saturday.');
    expect(found.filter((d) => !d.startsWith('ACCUSE')).some((d) => /:ind/.test(d))).toBe(false);
    const charged = dyads('Eritrea accused unnamed foreign powers of arming the rebels in the west.');
    expect(charged.filter((d) => !d.startsWith('ACCUSE')).some((d) => /:eri/.test(d))).toBe(false);
  });

  it("is the accused party's act when the accused is named", () => {
    expect(dyads('Baku accused Yerevan on Thursday of shelling Azerbaijani positions.')).toContain('ASSAULT:arm>aze');
  });

  it('leaves a verb joined by "and" after the charge to the accuser', () => {
    expect(dyads('Hanoi accused Beijing of harassing its fishermen and urged it to respect the agreement.')).toContain(
      'REQUEST:vnm>chn',
    );
  });
});
