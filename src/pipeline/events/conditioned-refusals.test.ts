import { describe, expect, it } from 'vitest';
import { eventsOf } from '../test-support/resources.ts';

const rejections = (text: string, published = '2025-05-16') =>
  eventsOf(text, published)
    .filter((e) => e.type === 'REJECT')
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .join(' ');

describe('a refusal held until or unless another party acts', () => {
  it('is aimed at that party, not at the place the refusing side stood in', () => {
    expect(
      rejections(
        'Armenian envoys arrived in Vienna on Monday but refused to negotiate until Azerbaijan lifted the blockade.',
      ),
    ).toBe('arm>aze');
    expect(rejections('Kinshasa refused to sign the accord unless Rwanda withdrew its troops.')).toBe('cod>rwa');
  });
});
