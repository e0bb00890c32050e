import { describe, expect, it } from 'vitest';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { hasMarkKey, markKey } from './svg-marks.tsx';

const mark = (clusterId: string, lane: string) => ({ clusterId, lane }) as TimelineMark;

describe('hasMarkKey', () => {
  it('agrees with comparing built keys', () => {
    const marks = [
      mark('c1', 'AGREE'),
      mark('c12', 'AGREE'),
      mark('c1', 'AGREEMENT'),
      mark('c1|x', 'y'),
      mark('c1', 'x|y'),
    ];
    const keys = [...marks.map(markKey), 'c1|AGREE|', '|c1AGREE', 'c1AGREE|', ''];
    for (const m of marks) for (const k of keys) expect(hasMarkKey(m, k)).toBe(markKey(m) === k);
  });

  it('matches nothing when no key is active', () => {
    expect(hasMarkKey(mark('c1', 'AGREE'), null)).toBe(false);
  });
});
