import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

// What a state says it will do to cooperate (open crossings, restore supplies, reopen an embassy) is a promise:
// an AGREE by that state, said on the day of saying, with the act itself planned (PLOVER: a promise to do X is
// AGREE, the doing is X; CAMEO 03x, intents to cooperate, are AGREE in the CAMEO to PLOVER table).
// Each sentence is the team's own.
const PUBLISHED = '2025-03-14';
const of = (text: string, type: string) => eventsOf(text, PUBLISHED).filter((e) => e.type === type);

describe('a stated future cooperative act is a promise, not coercion', () => {
  it.each([
    ['Officials said Dushanbe would open two closed crossing points next month.', 'tjk'],
    ['Moscow said it would restore gas supplies to Moldova.', 'rus'],
    ['Baku said it would reopen its embassy in Yerevan.', 'aze'],
    ['Kyiv said it would release 50 prisoners next week.', 'ukr'],
    ['India said it would resume flights to Pakistan in April.', 'ind'],
  ])('reads "%s" as an AGREE by the state, with no THREATEN or COERCE', (text, state) => {
    const promises = of(text, 'AGREE');
    expect(promises.map((e) => e.source).flat()).toContain(state);
    expect(promises.every((e) => e.modality === 'occurred')).toBe(true);
    expect(of(text, 'THREATEN')).toEqual([]);
    expect(of(text, 'COERCE')).toEqual([]);
  });

  it('keeps the restored supplies themselves as planned cooperation with the one they go to', () => {
    const [supplies] = of('Moscow said it would restore gas supplies to Moldova.', 'COOPERATE');
    expect(supplies?.modality).toBe('planned');
    expect(supplies?.target).toEqual(['mda']);
  });

  it('still reads a refusal to reopen an embassy as a REJECT', () => {
    expect(of('Baku said it would not reopen its embassy in Yerevan.', 'REJECT').map((e) => e.source)).toEqual([
      ['aze'],
    ]);
  });
});
