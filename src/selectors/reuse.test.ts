import { describe, expect, it } from 'vitest';
import { diffWords, selectReuse } from './reuse.ts';
import { FIXTURE_OUTLETS, fixtureIndex, fixtureMask } from './test-fixture.ts';

const index = fixtureIndex();
const mask = fixtureMask;
const ALL = FIXTURE_OUTLETS;

describe('reused passages', () => {
  it('lists passages between compared outlets, earlier one first', () => {
    const [r] = selectReuse(index, mask(), ALL);
    expect(r).toMatchObject({ id: 'r1', similarity: 0.8, order: 'known', first: { outlet: 'CGTN', first: true }, second: { outlet: 'Wire', first: false } });
    expect(selectReuse(index, mask(), ['hayom', 'wire'])).toEqual([]);
  });

  it('lists passages between any outlets when none are chosen, and only those with an article in view', () => {
    expect(selectReuse(index, mask(), null).map((r) => r.id)).toEqual(['r1']);
    expect(selectReuse(index, mask({ outlets: ['hayom'] }), null)).toEqual([]);
  });

  it('marks the words that differ between two passages', () => {
    const d = diffWords('Trump hosted Netanyahu on Monday.', 'Trump hosted Netanyahu on Monday evening.');
    // Punctuation does not count: "Monday." and "Monday" are the same word.
    expect(d.a).toEqual([{ text: 'Trump hosted Netanyahu on Monday.', same: true }]);
    expect(d.b.filter((r) => !r.same).map((r) => r.text)).toEqual(['evening.']);
    const e = diffWords('the talks were useful', 'the talks were very useful');
    expect(e.a.every((r) => r.same)).toBe(true);
    expect(e.b).toEqual([{ text: 'the talks were ', same: true }, { text: 'very ', same: false }, { text: 'useful', same: true }]);
  });
});
