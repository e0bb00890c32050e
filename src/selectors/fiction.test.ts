import { allRows } from '../model/columns/lazy-rows.ts';
import { describe, expect, it } from 'vitest';
import { buildBundleIndex } from './bundle-index.ts';
import { selectEvidence } from './evidence.ts';
import { clusterHasFiction, countFictionEvents, describeFiction, fictionOfEvents } from './fiction.ts';
import { fixtureBundle, fixtureMask } from './test-fixture.ts';

/** The fixture with only article a3 fictional: real reporting and fiction side by side. */
function mixedIndex() {
  const bundle = fixtureBundle();
  bundle.articles = bundle.articles.map((a) => ({ ...a, fiction: a.id === 'a3' }));
  return buildBundleIndex(bundle);
}

describe('fiction marks', () => {
  const index = mixedIndex();
  const fictional = allRows(index.events).filter((e) => e.articleId === 'a3').map((e) => e.id);
  const real = allRows(index.events).filter((e) => e.articleId !== 'a3').map((e) => e.id);

  it('counts the passing events that come from fictional articles', () => {
    expect(fictional.length).toBeGreaterThan(0);
    expect(countFictionEvents(index, fixtureMask())).toBe(fictional.length);
  });

  it('says how much of a view is fiction, and nothing when none is', () => {
    expect(describeFiction(0, 12)).toBeNull();
    expect(describeFiction(3, 12)).toBe(
      '3 of 12 events here come from fictional articles (the demo corpus), not from reporting.',
    );
    expect(describeFiction(12, 12)).toMatch(/^All 12 events/);
  });

  it('tells all, some or none of a set of reports apart', () => {
    expect(fictionOfEvents(index, fictional)).toBe('all');
    expect(fictionOfEvents(index, real)).toBe('none');
    expect(fictionOfEvents(index, [real[0]!, fictional[0]!])).toBe('some');
  });

  it('marks a cluster with any fictional report', () => {
    const e = index.eventIndex.get(fictional[0]!)!;
    expect(clusterHasFiction(index, index.cluster[e]!)).toBe(true);
    const onlyReal = allRows(index.bundle.clusters).findIndex((c) => c.eventIds.every((id) => real.includes(id)));
    expect(onlyReal).toBeGreaterThanOrEqual(0);
    expect(clusterHasFiction(index, onlyReal)).toBe(false);
  });

  it('marks the evidence card of a fictional article, and only that one', () => {
    const card = (id: string) => selectEvidence(index, { kind: 'event', eventId: id }, fixtureMask())!.items[0]!;
    expect(card(fictional[0]!).fiction).toBe(true);
    expect(card(real[0]!).fiction).toBe(false);
  });
});
