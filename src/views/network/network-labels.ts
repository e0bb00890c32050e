import type { Point } from './network-scales.ts';

/** A node that may get a label: screen position, radius, text; forced labels are always drawn, preferred ones go first. */
export type LabelCandidate = Point & { id: string; r: number; text: string; forced: boolean; preferred?: boolean };

/** An axis-aligned box in screen space. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** A placed label: text baseline position, anchor and the box it occupies. */
export type PlacedLabel = { id: string; text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box };

export const LABEL_FONT_SIZE = 11;
const MAX_CHARS = 24;

/** Long names are cut with an ellipsis; the full name stays in the accessible name and the tooltip. */
export function shortLabel(text: string, max = MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Estimated width of a label (no DOM measuring, so placement is deterministic and testable). */
export function labelWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  return text.length * fontSize * 0.57 + 4;
}

/**
 * Greedy label placement: forced labels first (hovered, focused, selected), then preferred ones (the
 * hovered actor's partners), then the rest in the given order (biggest nodes first). Each tries right, left, below, above and the four diagonals of its node and takes the first spot
 * that overlaps no placed label, no other node and stays inside the chart; unforced labels with no free
 * spot are dropped, forced ones take their first in-bounds spot anyway.
 */
export function placeLabels(candidates: LabelCandidate[], width: number, height: number, maxLabels = 60, hubs = 8): PlacedLabel[] {
  const ordered = [...candidates.filter((c) => c.forced), ...candidates.filter((c) => !c.forced && c.preferred), ...candidates.filter((c) => !c.forced && !c.preferred)];
  const hubIds = new Set(candidates.filter((c) => !c.forced).slice(0, hubs).map((c) => c.id));
  const placed: PlacedLabel[] = [];
  for (const c of ordered) {
    if (!c.forced && placed.length >= maxLabels) break;
    const spots = spotsFor(c).filter((s) => inside(s.box, width, height));
    const clearOfLabels = spots.filter((s) => !placed.some((p) => overlaps(p.box, s.box)));
    const free = clearOfLabels.find((s) => !candidates.some((o) => o.id !== c.id && hitsCircle(s.box, o)));
    // The busiest actors are named even in a dense core: their label may cover a small node, never a label.
    const spot = free ?? (hubIds.has(c.id) ? clearOfLabels[0] : undefined) ?? (c.forced ? spots[0] ?? spotsFor(c)[0] : undefined);
    if (spot) placed.push(spot);
  }
  return placed;
}

function spotsFor(c: LabelCandidate): PlacedLabel[] {
  const text = shortLabel(c.text);
  const w = labelWidth(text);
  const h = LABEL_FONT_SIZE + 2;
  const mid = c.y + LABEL_FONT_SIZE * 0.35;
  const gap = c.r + 5; // clear of the selection ring drawn at r + 4
  const spot = (x: number, y: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { id: c.id, text, x, y, anchor, box: { x0, y0: y - LABEL_FONT_SIZE, x1: x0 + w, y1: y - LABEL_FONT_SIZE + h } };
  };
  const diagonal = c.r * 0.7 + 2;
  return [
    spot(c.x + gap, mid, 'start'),
    spot(c.x - gap, mid, 'end'),
    spot(c.x, c.y + gap + LABEL_FONT_SIZE, 'middle'),
    spot(c.x, c.y - gap - 2, 'middle'),
    spot(c.x + diagonal, c.y - diagonal - 2, 'start'),
    spot(c.x + diagonal, c.y + diagonal + LABEL_FONT_SIZE, 'start'),
    spot(c.x - diagonal, c.y - diagonal - 2, 'end'),
    spot(c.x - diagonal, c.y + diagonal + LABEL_FONT_SIZE, 'end'),
  ];
}

function inside(b: Box, width: number, height: number): boolean {
  return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
}

/** Whether two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function hitsCircle(b: Box, c: Point & { r: number }): boolean {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return Math.hypot(c.x - nx, c.y - ny) < c.r;
}
