import { describe, expect, it } from 'vitest';
import { FOLD_PEEK_PX, foldPosition, pageViews } from './fold-position.ts';

describe('foldPosition', () => {
  it('tells a region below the fold (or showing only a sliver) from one on screen and one scrolled past', () => {
    expect(foldPosition(900, 1300, 800)).toBe('below');
    expect(foldPosition(800, 1300, 800)).toBe('below');
    expect(foldPosition(800 - FOLD_PEEK_PX, 1300, 800)).toBe('below');
    expect(foldPosition(799 - FOLD_PEEK_PX, 1300, 800)).toBe('visible');
    expect(foldPosition(-500, 10, 800)).toBe('visible');
    expect(foldPosition(-500, 0, 800)).toBe('above');
  });
});

describe('pageViews', () => {
  it("names each region with a skip link after it, filters left out, in the links' order", () => {
    const views = pageViews([
      ['Skip to filters', 'filters'],
      ['Skip to timeline', 'timeline'],
      ['Skip to outlet comparison', 'outlet-comparison'],
      ['Skip to event list', 'events'],
    ]);
    expect(views).toEqual([
      { name: 'Timeline', id: 'timeline' },
      { name: 'Outlet comparison', id: 'outlet-comparison' },
      { name: 'Event list', id: 'events' },
    ]);
  });

  it('reads the real skip links by default', () => {
    expect(pageViews().map((v) => v.id)).toEqual(expect.arrayContaining(['timeline', 'network', 'trends']));
  });
});
