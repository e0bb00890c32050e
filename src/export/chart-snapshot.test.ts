// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { chartTitle } from './chart-export.ts';
import { type Box, collectLayers, type SnapshotEnv } from './chart-snapshot.ts';
import { layersToSvg } from './svg-document.ts';
import { isControl } from './chart-targets.ts';
import { toSrgb } from './colour.ts';

/** jsdom lays nothing out: boxes come from data-box attributes, text sits in its parent's box. */
const boxOf = (el: Element): Box => {
  const [x = 0, y = 0, width = 0, height = 0] = (el.getAttribute('data-box') ?? '0 0 0 0').split(' ').map(Number);
  return { x, y, width, height };
};
const env: SnapshotEnv = {
  rectOf: boxOf,
  styleOf: (el) => getComputedStyle(el),
  textLines: (node) => [{ text: node.data.trim(), box: boxOf(node.parentElement!) }],
  canvasUrl: () => 'data:image/png;base64,iVBORw0KGgo=',
};

const chart = () => {
  document.body.innerHTML = `
    <section aria-label="Timeline" data-box="100 50 400 200">
      <h2 data-box="100 50 80 20">Timeline</h2>
      <button data-box="300 50 40 20">Zoom in</button>
      <p data-export="omit" data-box="100 230 300 12">Drag to pan · click a mark for its evidence</p>
      <svg data-box="100 80 400 120" width="400" height="120" class="fill-slate-50"><circle cx="10" cy="10" r="4" style="fill: oklch(62.3% 0.214 259.815)"></circle></svg>
      <div data-box="110 90 380 100" style="overflow: hidden"><canvas data-box="110 90 380 100" width="760" height="200"></canvas></div>
      <span data-box="120 210 64 6" style="background: linear-gradient(to right, rgb(59, 130, 246), rgb(220, 38, 38))"></span>
      <ul style="position: absolute; clip-path: inset(50%)" data-box="0 0 1 1"><li>Hidden list for screen readers</li></ul>
    </section>`;
  return document.querySelector('section')!;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('chart snapshot', () => {
  const meta = {
    filtersText: 'Actors: Steve Witkoff',
    bundleName: 'bundle.json (seed articles)',
    bundleSchemaVersion: 2,
    bundleGeneratedAt: null,
    bundleHash: 'abcdef012345',
    exportedAt: '2026-11-23T10:00:00.000Z',
  };

  it('serialises SVG layers with inlined styles, canvas layers as images, and the title naming filters and bundle; leaves out controls and on-screen hints', () => {
    const { box, layers } = collectLayers(chart(), env, { html: true, skip: isControl });
    const svg = layersToSvg(layers, box, chartTitle('Timeline', meta));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe('400');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([
      'Parley — Timeline',
      'Filters: Actors: Steve Witkoff',
      'bundle.json (seed articles) · schema 2 · hash abcdef012345 · exported 2026-11-23 10:00 UTC',
      'Timeline',
    ]);
    const inner = doc.querySelector('svg svg')!;
    expect(inner.getAttribute('x')).toBe('0');
    expect(inner.getAttribute('y')).toBe('30');
    expect(inner.hasAttribute('class')).toBe(false);
    expect(inner.querySelector('circle')!.getAttribute('fill')).toBe('rgb(43, 127, 255)');
    expect(inner.querySelector('circle')!.hasAttribute('style')).toBe(false);
    const image = doc.querySelector('image')!;
    expect(image.getAttribute('href')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect([image.getAttribute('x'), image.getAttribute('y'), image.getAttribute('width')]).toEqual([
      '10',
      '40',
      '380',
    ]);
    // The canvas sits in an overflow-hidden box: drawn inside a clip path of that box.
    expect(image.parentElement!.getAttribute('clip-path')).toMatch(/^url\(#clip\d\)$/);
    expect(doc.querySelector('linearGradient stop:last-child')!.getAttribute('stop-color')).toBe('rgb(220, 38, 38)');
    expect(doc.querySelector('rect[fill^="url(#ramp"]')).not.toBeNull();
    expect(svg).not.toContain('Zoom in');
    expect(svg).not.toContain('Hidden list');
    expect(svg).not.toContain('Drag to pan');
  });

  it('escapes markup in titles and text', () => {
    document.body.innerHTML = '<div data-box="0 0 100 20"><span data-box="0 0 100 20">a &lt;b&gt; &amp; c</span></div>';
    const { box, layers } = collectLayers(document.querySelector('div')!, env, { html: true });
    const svg = layersToSvg(layers, box, ['<script>alert(1)</script>']);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('a &lt;b&gt; &amp; c');
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('converts Tailwind oklch and oklab colours to sRGB', () => {
    expect(toSrgb('oklch(62.3% 0.214 259.815)')).toBe('rgb(43, 127, 255)');
    expect(toSrgb('oklch(1 0 0)')).toBe('rgb(255, 255, 255)');
    expect(toSrgb('oklab(0 0 0 / 0.7)')).toBe('rgba(0, 0, 0, 0.7)');
    expect(toSrgb('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
  });
});
