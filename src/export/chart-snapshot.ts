import { toSrgb } from './colour.ts';

/** A box in page pixels (as getBoundingClientRect gives). */
export type Box = { x: number; y: number; width: number; height: number };

type Font = { family: string; size: string; weight: string; style: string };

/** One drawable piece of a chart, positioned relative to the chart's root box. */
export type Layer = { clip: Box | null } & (
  | { kind: 'svg'; box: Box; markup: string }
  | { kind: 'image'; box: Box; href: string }
  | { kind: 'rect'; box: Box; fill: string; rx: number; gradient?: { colours: string[]; horizontal: boolean } }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { kind: 'text'; box: Box; text: string; fill: string; font: Font; vertical: boolean }
);

/** What the snapshot reads from the page; a test passes its own (jsdom measures nothing). */
export type SnapshotEnv = {
  rectOf: (el: Element) => Box;
  styleOf: (el: Element) => CSSStyleDeclaration;
  /** The lines a text node is laid out in, each with its box. */
  textLines: (node: Text) => { text: string; box: Box }[];
  canvasUrl: (canvas: HTMLCanvasElement) => string | null;
};

/** Whether HTML boxes and text are drawn too (tables of divs), or only the SVG and canvas layers. */
export type SnapshotOptions = { html: boolean; skip?: (el: Element) => boolean };

/** SVG presentation properties copied from the computed style (as attributes), since the export carries no stylesheet. */
const SVG_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linejoin', 'stroke-linecap', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility', 'display'];

const TRANSPARENT = /^(transparent|rgba\(0, 0, 0, 0\)|)$/;

/** Walks a chart's DOM into layers: SVGs cloned with inlined styles, canvases as images, and (in html mode) boxes and text. */
export function collectLayers(root: Element, env: SnapshotEnv, options: SnapshotOptions): { box: Box; layers: Layer[] } {
  const origin = env.rectOf(root);
  const rel = (b: Box): Box => ({ x: b.x - origin.x, y: b.y - origin.y, width: b.width, height: b.height });
  const layers: Layer[] = [];
  let bottom = 0;
  const visit = (el: Element, clip: Box | null) => {
    if (options.skip?.(el)) return;
    const style = env.styleOf(el);
    if (style.display === 'none' || style.visibility === 'hidden' || isVisuallyHidden(style, env.rectOf(el))) return;
    const box = rel(env.rectOf(el));
    // A view stretched to its row's height ends in blank space: the image stops below the last content.
    if (el !== root && box.width > 0 && box.height > 0) bottom = Math.max(bottom, Math.min(box.y + box.height, clip ? clip.y + clip.height : Infinity));
    if (el.localName === 'svg') return void layers.push({ kind: 'svg', box, clip, markup: cloneSvg(el as SVGSVGElement, box, env) });
    if (el.localName === 'canvas') {
      const href = env.canvasUrl(el as HTMLCanvasElement);
      return void (href && layers.push({ kind: 'image', box, clip, href }));
    }
    // The root's own frame is left out: the image has its own edge.
    if (options.html && el !== root) layers.push(...boxLayers(style, box, clip));
    const inner = style.overflow !== 'visible' && style.overflow !== '' ? intersect(clip, box) : clip;
    for (const child of el.childNodes) {
      if (child.nodeType === 1) visit(child as Element, inner);
      else if (options.html && child.nodeType === 3) layers.push(...textLayers(child as Text, style, env, rel, inner));
    }
  };
  visit(root, null);
  const height = Math.min(origin.height, Math.ceil(bottom) + 12);
  return { box: { x: 0, y: 0, width: origin.width, height }, layers };
}

/** Screen-reader-only elements (clipped to nothing or a 1px box) draw nothing. */
function isVisuallyHidden(style: CSSStyleDeclaration, box: Box): boolean {
  return style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)' || (style.position === 'absolute' && box.width <= 1 && box.height <= 1);
}

function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) };
}

/** An HTML element's background and borders. */
function boxLayers(style: CSSStyleDeclaration, box: Box, clip: Box | null): Layer[] {
  const out: Layer[] = [];
  const gradient = gradientOf(style.backgroundImage);
  if (gradient) out.push({ kind: 'rect', box, clip, fill: 'none', rx: Math.min(parseFloat(style.borderTopLeftRadius) || 0, box.width / 2, box.height / 2), gradient });
  if (!TRANSPARENT.test(style.backgroundColor)) out.push({ kind: 'rect', box, clip, fill: toSrgb(style.backgroundColor), rx: Math.min(parseFloat(style.borderTopLeftRadius) || 0, box.width / 2, box.height / 2) });
  const sides = [
    ['Top', box.x, box.y, box.x + box.width, box.y],
    ['Bottom', box.x, box.y + box.height, box.x + box.width, box.y + box.height],
    ['Left', box.x, box.y, box.x, box.y + box.height],
    ['Right', box.x + box.width, box.y, box.x + box.width, box.y + box.height],
  ] as const;
  for (const [side, x1, y1, x2, y2] of sides) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
    const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    if (width > 0 && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && !TRANSPARENT.test(colour)) {
      // Drawn inside the box, as CSS draws borders.
      const dx = side === 'Left' ? width / 2 : side === 'Right' ? -width / 2 : 0;
      const dy = side === 'Top' ? width / 2 : side === 'Bottom' ? -width / 2 : 0;
      out.push({ kind: 'line', clip, x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, stroke: toSrgb(colour), width });
    }
  }
  return out;
}

/** The colours of a CSS linear gradient (legend ramps), evenly spaced; null for anything else. */
function gradientOf(image: string | undefined): { colours: string[]; horizontal: boolean } | null {
  if (!image?.startsWith('linear-gradient(')) return null;
  const colours = image.match(/(?:rgba?|okl(?:ch|ab))\([^)]*\)|#[0-9a-f]{3,8}\b/gi);
  return colours && colours.length >= 2 ? { colours: colours.map(toSrgb), horizontal: /to right|90deg/.test(image) } : null;
}

function textLayers(node: Text, style: CSSStyleDeclaration, env: SnapshotEnv, rel: (b: Box) => Box, clip: Box | null): Layer[] {
  if (!node.data.trim()) return [];
  const font = { family: style.fontFamily, size: style.fontSize, weight: style.fontWeight, style: style.fontStyle };
  const upper = style.textTransform === 'uppercase';
  const vertical = style.writingMode.startsWith('vertical');
  return env.textLines(node).map(({ text, box }) => ({ kind: 'text' as const, box: rel(box), clip, text: upper ? text.toUpperCase() : text, fill: toSrgb(style.color), font, vertical }));
}

/** A deep copy of an SVG with the computed presentation styles written as attributes, placed at its box. */
function cloneSvg(svg: SVGSVGElement, box: Box, env: SnapshotEnv): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const style = env.styleOf(el);
    const inline = SVG_PROPS.map((p) => [p, style.getPropertyValue(p)] as const).filter(([, v]) => v !== '');
    const copy = copies[i]!;
    copy.removeAttribute('class');
    // Presentation attributes, not a style attribute: the page's Content-Security-Policy (style-src 'self')
    // refuses style attributes set from script, and the computed values already include them.
    copy.removeAttribute('style');
    for (const [p, v] of inline) copy.setAttribute(p, toSrgb(v));
  });
  for (const [name, value] of Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height })) clone.setAttribute(name, String(+value.toFixed(2)));
  return new XMLSerializer().serializeToString(clone);
}
