import { describe, expect, it } from 'vitest';
import { clustered, partiesOf, report } from './test-events.ts';

const parties = partiesOf({ 'arm-military': 'arm', 'aze-military': 'aze' });
const trigger = (text: string) => ({ text, start: 0, end: text.length });
const undated = { date: '2025-07-08', datePrecision: 'unknown' as const };

describe('fighting both sides do is one event whichever side an outlet names first', () => {
  it('joins "A clashed with B" and "B clashed with A" of one day', () => {
    const first = report({
      type: 'ASSAULT',
      source: ['arm-military'],
      target: ['aze-military'],
      trigger: trigger('clashed'),
    });
    const second = report({
      type: 'ASSAULT',
      source: ['aze'],
      target: ['arm'],
      trigger: trigger('clashed'),
      ...undated,
    });
    expect(clustered([first, second], parties)).toEqual([[first.id, second.id]]);
  });

  it('joins "heavy fighting" told with the sides in either order', () => {
    const first = report({ type: 'ASSAULT', source: ['arm'], target: ['aze'], trigger: trigger('heavy fighting') });
    const second = report({ type: 'ASSAULT', source: ['aze'], target: ['arm'], trigger: trigger('exchanged fire') });
    expect(clustered([first, second], parties)).toHaveLength(1);
  });

  it('keeps one-sided attacks of the two sides on one day apart', () => {
    const shelled = report({ type: 'ASSAULT', source: ['arm'], target: ['aze'], trigger: trigger('shelled') });
    const struck = report({ type: 'ASSAULT', source: ['aze'], target: ['arm'], trigger: trigger('struck') });
    expect(clustered([shelled, struck], parties)).toHaveLength(2);
  });
});
