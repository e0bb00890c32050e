import { describe, expect, it } from 'vitest';
import { summariseCorpus } from './corpus-summary.ts';
import { fixtureBundle } from './test-fixture.ts';
import { loadedBundleOf } from '../model/columns/loaded-bundle.ts';
import type { Bundle } from '../model/bundle-schema.ts';

/** The fixture with its first events re-dated as given, and the rest dated 2023 with an unknown precision. */
function bundleDated(dates: [string, 'day'][]): Bundle {
  const bundle = fixtureBundle();
  const dateOf = (i: number) => dates[i] ?? (['2023-01-01', 'unknown'] as const);
  const events = bundle.events.map((e, i) => ({ ...e, date: dateOf(i)[0], datePrecision: dateOf(i)[1] }));
  return { ...bundle, events };
}

describe('summariseCorpus', () => {
  it('counts articles, outlets and events and spans the dated events only', () => {
    const bundle = bundleDated([
      ['2025-02-03', 'day'],
      ['2025-07-09', 'day'],
    ]);
    const summary = summariseCorpus(loadedBundleOf(bundle));
    const counts = `${bundle.articles.length} articles · ${bundle.outlets.length} outlets · ${bundle.events.length} events`;
    expect(summary.text).toBe(`${counts} · Feb 2025–Jul 2025`);
  });
});

describe('summariseCorpus at scale', () => {
  it('writes large counts with thousands separators', () => {
    const bundle = loadedBundleOf({ ...fixtureBundle(), events: [], clusters: [], quotes: [] });
    const many = { ...bundle, articles: new Array(22802).fill(bundle.articles[0]) };
    expect(summariseCorpus(many).text).toMatch(/^22,802 articles · \d+ outlets? · 0 events$/);
  });
});
