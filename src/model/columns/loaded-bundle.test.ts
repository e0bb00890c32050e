import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../../selectors/test-fixture.ts';
import { bundleToColumns } from './bundle-columns.ts';
import { loadedBundleOfColumns } from './loaded-bundle.ts';

describe('loadedBundleOfColumns', () => {
  it("makes the metadata's article objects the bundle's, with an empty text, without copying them", () => {
    const { columns } = bundleToColumns(fixtureBundle(), (n) => `fixture.texts-${n}.json`);
    const metas = [...columns.metadata.articles];
    const bundle = loadedBundleOfColumns(columns);
    expect(bundle.articles).toHaveLength(metas.length);
    bundle.articles.forEach((article, i) => {
      expect(article).toBe(metas[i]);
      expect(article.text).toBe('');
    });
  });
});
