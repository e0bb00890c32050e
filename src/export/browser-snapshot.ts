import type { Box, SnapshotEnv } from './chart-snapshot.ts';

const boxOf = (r: DOMRect): Box => ({ x: r.left, y: r.top, width: r.width, height: r.height });

/** The page as the snapshot reads it: layout boxes, computed styles, text line boxes and canvas pixels. */
export function browserSnapshotEnv(): SnapshotEnv {
  return {
    rectOf: (el) => boxOf(el.getBoundingClientRect()),
    styleOf: (el) => getComputedStyle(el),
    textLines,
    canvasUrl: (canvas) => {
      try {
        return canvas.width > 0 && canvas.height > 0 ? canvas.toDataURL('image/png') : null;
      } catch {
        return null; // a tainted canvas cannot be read; the export then lacks that layer rather than failing
      }
    },
  };
}

/** The text of a node line by line: one box when it fits on a line, else words grouped by their line. */
function textLines(node: Text): { text: string; box: Box }[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const collapsed = node.data.replace(/\s+/g, ' ').trim();
  if (range.getClientRects().length <= 1) {
    // Measured without the surrounding spaces: the SVG text is drawn from where its first letter was.
    const first = node.data.search(/\S/);
    if (first < 0) return [];
    range.setStart(node, first);
    range.setEnd(node, node.data.trimEnd().length);
    const r = range.getBoundingClientRect();
    return r.width > 0 ? [{ text: collapsed, box: boxOf(r) }] : [];
  }
  const lines: { words: string[]; box: Box }[] = [];
  for (const m of node.data.matchAll(/\S+/g)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    const last = lines.at(-1);
    if (last && Math.abs(last.box.y - r.top) < r.height / 2) {
      last.words.push(m[0]);
      last.box.width = r.right - last.box.x;
    } else lines.push({ words: [m[0]], box: boxOf(r) });
  }
  return lines.map((l) => ({ text: l.words.join(' '), box: l.box }));
}

/** Largest canvas side and area Chromium draws: a taller chart (a long coverage matrix) is drawn at a smaller scale. */
const MAX_CANVAS_SIDE = 32_767;
const MAX_CANVAS_AREA = 268_435_456;

/** The scale a PNG of this size is drawn at: `wanted`, or less when the canvas would be too large. */
export function pngScale(width: number, height: number, wanted = 2): number {
  return Math.min(wanted, MAX_CANVAS_SIDE / Math.max(width, height), Math.sqrt(MAX_CANVAS_AREA / (width * height)));
}

/** Draws an SVG document on an offscreen canvas at `scale` times its size (less when too large) and returns it as a PNG. */
export async function svgToPng(svg: string, width: number, height: number, wanted = 2): Promise<Blob> {
  const scale = pngScale(width, height, wanted);
  const image = new Image();
  // A data: URL, which the page's Content-Security-Policy allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image');
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))), 'image/png'),
  );
}
