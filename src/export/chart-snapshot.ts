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

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(+v.toFixed(2));

/** Height of the title block above the chart. */
export function titleHeight(lines: string[]): number {
  return lines.length ? 12 + 18 + (lines.length - 1) * 15 : 0;
}

/** A standalone SVG document: white background, the title lines (naming chart, filters, bundle), then the layers. */
export function layersToSvg(layers: Layer[], box: Box, title: string[]): string {
  const top = titleHeight(title);
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height + top);
  const clips = new Map<string, string>();
  const clipId = (c: Box) => {
    const key = [c.x, c.y, c.width, c.height].map(n).join(' ');
    if (!clips.has(key)) clips.set(key, `clip${clips.size}`);
    return clips.get(key)!;
  };
  const gradients: string[] = [];
  const body = layers.map((l) => {
    let mark = layerMarkup(l);
    if (l.kind === 'rect' && l.gradient) {
      const id = `ramp${gradients.length}`;
      const stops = l.gradient.colours.map((c, i, all) => `<stop offset="${n(i / (all.length - 1))}" stop-color="${c}"/>`).join('');
      gradients.push(`<linearGradient id="${id}" x1="0" y1="0" x2="${l.gradient.horizontal ? 1 : 0}" y2="${l.gradient.horizontal ? 0 : 1}">${stops}</linearGradient>`);
      mark = mark.replace('fill="none"', `fill="url(#${id})"`);
    }
    return l.clip ? `<g clip-path="url(#${clipId(l.clip)})">${mark}</g>` : mark;
  });
  const defs = [
    ...gradients,
    ...[...clips].map(([key, id]) => {
      const [x, y, w, h] = key.split(' ');
      return `<clipPath id="${id}"><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath>`;
    }),
  ];
  const titles = title.map((t, i) => `<text x="12" y="${22 + i * 15}" font-size="${i === 0 ? 14 : 11}" font-weight="${i === 0 ? 600 : 400}" fill="${i === 0 ? '#0f172a' : '#475569'}">${escapeXml(t)}</text>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(title.join(' — '))}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...titles,
    `<g transform="translate(0,${top})">`,
    defs.length ? `<defs>${defs.join('')}</defs>` : '',
    ...body,
    '</g>',
    '</svg>',
  ].join('\n');
}

function layerMarkup(l: Layer): string {
  switch (l.kind) {
    case 'svg':
      return l.markup;
    case 'image':
      return `<image x="${n(l.box.x)}" y="${n(l.box.y)}" width="${n(l.box.width)}" height="${n(l.box.height)}" href="${escapeXml(l.href)}" xlink:href="${escapeXml(l.href)}" preserveAspectRatio="none"/>`;
    case 'rect':
      return `<rect x="${n(l.box.x)}" y="${n(l.box.y)}" width="${n(l.box.width)}" height="${n(l.box.height)}"${l.rx ? ` rx="${n(l.rx)}"` : ''} fill="${l.fill}"/>`;
    case 'line':
      return `<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" stroke="${l.stroke}" stroke-width="${n(l.width)}"/>`;
    case 'text': {
      const font = `font-family="${escapeXml(l.font.family)}" font-size="${escapeXml(l.font.size)}" font-weight="${escapeXml(l.font.weight)}"${l.font.style === 'italic' ? ' font-style="italic"' : ''} fill="${l.fill}"`;
      if (!l.vertical) return `<text x="${n(l.box.x)}" y="${n(l.box.y + l.box.height / 2)}" dominant-baseline="central" ${font}>${escapeXml(l.text)}</text>`;
      // Vertical labels (column headers) read bottom to top.
      const x = l.box.x + l.box.width / 2;
      const y = l.box.y + l.box.height;
      return `<text x="${n(x)}" y="${n(y)}" dominant-baseline="central" transform="rotate(-90 ${n(x)} ${n(y)})" ${font}>${escapeXml(l.text)}</text>`;
    }
  }
}
