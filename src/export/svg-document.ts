import type { Box, Layer } from './chart-snapshot.ts';

// Writes snapshot layers as a standalone SVG document: no stylesheet, no script, every style an attribute.

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
