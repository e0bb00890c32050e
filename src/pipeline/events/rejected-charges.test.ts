import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const rejections = (text: string, published = '2025-01-20') =>
  eventsOf(text, published)
    .filter((e) => e.type === 'REJECT')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .join(' ');

describe('a charge called baseless, whose owner is named by a demonym or possessive', () => {
  it('is rejected by the one who calls it so, and its owner is the target', () => {
    expect(rejections('Mali called the Algerian accusations baseless on Monday.')).toBe('mli>dza');
    expect(rejections("Ethiopia called Eritrea's allegations unfounded.")).toBe('eth>eri');
  });

  it('is rejected by the speaker who says it is so', () => {
    expect(rejections('Beijing said the Japanese claims were groundless.')).toBe('chn>jpn');
  });

  it('keeps a charge with no owner named as it was', () => {
    expect(rejections('Mali said the accusations were baseless.')).toBe('mli>');
  });
});
