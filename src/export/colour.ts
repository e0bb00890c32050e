/**
 * Tailwind 4 colours compute to oklch() and colour mixes to oklab(); browsers draw them, but other SVG
 * readers (Inkscape, Illustrator, older viewers) do not, so exported styles carry sRGB instead.
 */
export function toSrgb(css: string): string {
  return css.replace(/okl(ch|ab)\(([^)]*)\)/g, (_, kind: string, args: string) => {
    const [main, alpha] = args.split('/');
    const parts = main!.trim().split(/\s+/).map((p, i) => (p.endsWith('%') ? (parseFloat(p) / 100) * (i === 0 ? 1 : 0.4) : parseFloat(p)));
    const [L = 0, x = 0, y = 0] = parts.map((n) => (Number.isNaN(n) ? 0 : n));
    const [a, b] = kind === 'ch' ? [x * Math.cos((y * Math.PI) / 180), x * Math.sin((y * Math.PI) / 180)] : [x, y];
    const [r, g, bl] = oklabToSrgb(L, a, b);
    const opacity = alpha === undefined ? 1 : alpha.trim().endsWith('%') ? parseFloat(alpha) / 100 : parseFloat(alpha);
    return opacity >= 1 ? `rgb(${r}, ${g}, ${bl})` : `rgba(${r}, ${g}, ${bl}, ${+opacity.toFixed(3)})`;
  });
}

/** OKLab to 8-bit sRGB (Björn Ottosson's matrices), clamped to the gamut. */
function oklabToSrgb(L: number, a: number, b: number): [number, number, number] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s];
  const gamma = (v: number) => (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
  return linear.map((v) => Math.round(Math.min(1, Math.max(0, gamma(v))) * 255)) as [number, number, number];
}
