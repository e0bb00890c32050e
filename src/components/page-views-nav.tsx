import { useEffect, useState } from 'react';
import { type FoldPosition, foldPosition, pageViews } from './fold-position.ts';
import { jumpTo } from './skip-links.tsx';

const VIEWS = pageViews();

/**
 * "On this page: Timeline · Network ↓ · …": the page's views as links that jump to them, those below the
 * window's bottom edge marked, so a small screen says what lies below the fold. Positions come from an
 * IntersectionObserver: no work while scrolling until a region crosses the window's edge.
 */
export function PageViewsNav() {
  const positions = useFoldPositions(VIEWS.map((v) => v.id));
  return (
    <nav aria-label="Views on this page" className="flex flex-wrap items-baseline gap-x-1 text-xs text-slate-600">
      <span>On this page:</span>
      {VIEWS.map((v, i) => {
        const below = positions[v.id] === 'below';
        return (
          <span key={v.id} className="whitespace-nowrap">
            <a
              href={`#${v.id}`}
              onClick={(e) => jumpTo(e, v.id)}
              aria-label={below ? `${v.name}, below` : undefined}
              className="rounded px-0.5 text-blue-800 underline-offset-2 hover:underline"
            >
              {v.name}
              {below && <span aria-hidden="true">&nbsp;↓</span>}
            </a>
            {i < VIEWS.length - 1 && <span aria-hidden="true"> ·</span>}
          </span>
        );
      })}
    </nav>
  );
}

/** Each region's place relative to the window, kept current as the page scrolls or reflows. */
function useFoldPositions(ids: readonly string[]): Record<string, FoldPosition> {
  const [positions, setPositions] = useState<Record<string, FoldPosition>>({});
  const key = ids.join(' ');
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      setPositions((cur) => {
        const next = { ...cur };
        for (const e of entries)
          next[e.target.id] = foldPosition(e.boundingClientRect.top, e.boundingClientRect.bottom, window.innerHeight);
        return next;
      });
    });
    const observed = new Map<string, Element>();
    const observeRegions = () => {
      for (const id of key.split(' ')) {
        const el = document.getElementById(id);
        if (!el || observed.get(id) === el) continue;
        const before = observed.get(id);
        if (before) observer.unobserve(before);
        observer.observe(el);
        observed.set(id, el);
      }
    };
    observeRegions();
    // The views under the timeline mount a frame after the first paint: watch <main>'s own children (not
    // their subtrees, which change on every filter) to observe them when they come.
    const main = document.querySelector('main');
    const arrivals = main && typeof MutationObserver !== 'undefined' ? new MutationObserver(observeRegions) : null;
    if (main) arrivals?.observe(main, { childList: true });
    return () => {
      observer.disconnect();
      arrivals?.disconnect();
    };
  }, [key]);
  return positions;
}
