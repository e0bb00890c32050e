import { LINKS, REGION_IDS } from './skip-links.tsx';

/** Where a region stands relative to the window: scrolled past, (partly) on screen, or below the fold. */
export type FoldPosition = 'above' | 'visible' | 'below';

/** A region showing no more than this much of its top (its heading and a sliver) still counts as below the fold. */
export const FOLD_PEEK_PX = 120;

/** A region's place relative to a viewport of this height, from its bounding box's top and bottom. */
export function foldPosition(top: number, bottom: number, viewportHeight: number): FoldPosition {
  if (top >= viewportHeight - FOLD_PEEK_PX) return 'below';
  return bottom <= 0 ? 'above' : 'visible';
}

/** A page view's link: the region's name (from its skip link: "Skip to outlet comparison" → "Outlet comparison") and id. */
export type PageView = { name: string; id: string };

/** The views the page holds, in page order: every region with a skip link but the filters. */
export function pageViews(links: readonly [string, string][] = LINKS): PageView[] {
  return links
    .filter(([, id]) => id !== REGION_IDS.filters)
    .map(([text, id]) => {
      const name = text.replace(/^Skip to /, '');
      return { name: name.charAt(0).toUpperCase() + name.slice(1), id };
    });
}
