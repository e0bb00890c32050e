import type { ReactNode } from 'react';

type RegionProps = {
  /** The region's id in `REGION_IDS`: where its skip link and the header's "On this page" link jump. */
  id: string;
  children: ReactNode;
  /** Extra classes for the outer box (e.g. `min-w-0` inside a grid). */
  className?: string;
  /**
   * A region usually below the fold: while it is off screen the browser skips its layout, paint and
   * layering (`content-visibility: auto`), so a filter change pays only for what is on screen. Its last
   * rendered height is kept, so the page does not jump.
   */
  offscreenSkipped?: boolean;
} & ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never });

/** Skipped while off screen; the intrinsic size is a first guess until the region has been rendered once. */
const OFFSCREEN_SKIPPED = '[content-visibility:auto] [contain-intrinsic-size:auto_32rem]';

/**
 * One dashboard region: a named landmark that skip links focus (tabIndex -1) and focus returns to when the
 * evidence closes (`data-focus-return`), laid out and styled in isolation so one view's change does not
 * restyle the others.
 */
export function Region({ id, label, labelledBy, className = '', offscreenSkipped = false, children }: RegionProps) {
  return (
    <section
      id={id}
      tabIndex={-1}
      data-focus-return
      aria-label={label}
      aria-labelledby={labelledBy}
      className={`${className} rounded border border-slate-200 bg-white p-3 ${offscreenSkipped ? OFFSCREEN_SKIPPED : '[contain:layout_style]'}`.trim()}
    >
      {children}
    </section>
  );
}
