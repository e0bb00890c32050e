import { describe, expect, it } from 'vitest';
import { arrowPathOf, besideBundle, bundleBaseName, textShardName } from './bundle-files.ts';

describe('bundle file names', () => {
  it('puts bundle.arrow and its shards beside the JSON bundle', () => {
    expect(arrowPathOf('/data/bundle-demo.json')).toBe('/data/bundle-demo.arrow');
    expect(arrowPathOf('bench/out/bundle-1000k.arrow')).toBe('bench/out/bundle-1000k.arrow');
    expect(bundleBaseName('public/data/bundle.json')).toBe('bundle');
    expect(bundleBaseName('bench/out/bundle-1000k.arrow')).toBe('bundle-1000k');
    expect(textShardName('bundle-demo', 3)).toBe('bundle-demo.texts-3.json');
    expect(besideBundle('/base/data/bundle.arrow', 'bundle.texts-0.json')).toBe('/base/data/bundle.texts-0.json');
  });
});
