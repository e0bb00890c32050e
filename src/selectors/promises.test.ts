import { describe, expect, it } from 'vitest';
import type { Bundle, DiplomaticEvent } from '../model/bundle-schema.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { selectEventMask } from './filter-events.ts';
import { EMPTY_FILTERS } from '../state/filters.ts';
import { linkPromises, promisesInMask, promiseWindow, selectKeptPromises, selectOpenPromises } from './promises.ts';
import { fixtureBundle } from './test-fixture.ts';

type Extra = Partial<DiplomaticEvent> & { id: string; articleId: string; clusterId: string };

/** The shared fixture plus a few reports in new articles (one article per outlet and day). */
function withReports(extra: Extra[], articles: { id: string; outletId: string; published: string }[]): Bundle {
  const bundle = fixtureBundle();
  const template = bundle.events[0]!;
  for (const a of articles) bundle.articles.push({ ...bundle.articles[0]!, ...a });
  for (const e of extra) {
    bundle.events.push({ ...template, modality: 'occurred', ...e });
    if (!bundle.clusters.some((c) => c.id === e.clusterId))
      bundle.clusters.push({ ...bundle.clusters[0]!, id: e.clusterId, eventIds: [e.id] });
  }
  return bundle;
}

const linkOf = (bundle: Bundle, id: string) => {
  const index = buildBundleIndex(bundle);
  return { index, link: linkPromises(index).find((l) => index.eventIds[l.planned]! === id)! };
};

describe('linkPromises', () => {
  it('keeps a plan with the first later report of the same cluster', () => {
    const { index, link } = linkOf(fixtureBundle(), 'a1#e1');
    expect(index.eventIds[link.kept!]!).toBe('a2#e1');
    expect(link).toMatchObject({
      due: '2025-07-07',
      announcedBy: 'hayom',
      announced: '2025-07-07',
      keptBy: 'cgtn',
      reported: '2025-07-08',
      via: 'cluster',
    });
  });

  it('keeps a plan with a report in another cluster of the same type family and actors, inside the window', () => {
    const bundle = withReports(
      [
        {
          id: 'a4#e1',
          articleId: 'a4',
          clusterId: 'c9',
          type: 'CONSULT',
          date: '2025-07-09',
          datePrecision: 'day',
          source: ['vance'],
          target: ['netanyahu'],
        },
      ],
      [{ id: 'a4', outletId: 'wire', published: '2025-07-10' }],
    );
    const { index, link } = linkOf(bundle, 'a1#e2');
    expect(index.eventIds[link.kept!]!).toBe('a4#e1');
    expect(link).toMatchObject({ via: 'family-and-actors', keptBy: 'wire', reported: '2025-07-10', due: '2025-07-08' });
  });

  it('leaves a plan open when the only matching report is outside the window, has other actors or another family', () => {
    const bundle = withReports(
      [
        {
          id: 'a4#e1',
          articleId: 'a4',
          clusterId: 'c9',
          type: 'CONSULT',
          date: '2025-07-20',
          source: ['netanyahu'],
          target: ['vance'],
        },
        {
          id: 'a4#e2',
          articleId: 'a4',
          clusterId: 'c10',
          type: 'CONSULT',
          date: '2025-07-08',
          source: ['netanyahu'],
          target: ['vance', 'trump'],
        },
        {
          id: 'a4#e3',
          articleId: 'a4',
          clusterId: 'c11',
          type: 'ACCUSE',
          date: '2025-07-08',
          source: ['netanyahu'],
          target: ['vance'],
        },
      ],
      [{ id: 'a4', outletId: 'wire', published: '2025-07-21' }],
    );
    expect(linkOf(bundle, 'a1#e2').link.kept).toBeNull();
  });

  it('does not count a denied report as keeping the promise', () => {
    const bundle = withReports(
      [
        {
          id: 'a4#e1',
          articleId: 'a4',
          clusterId: 'c2',
          type: 'CONSULT',
          date: '2025-07-08',
          modality: 'denied',
          source: ['netanyahu'],
          target: ['vance'],
        },
      ],
      [{ id: 'a4', outletId: 'wire', published: '2025-07-09' }],
    );
    expect(linkOf(bundle, 'a1#e2').link.kept).toBeNull();
  });

  it('widens the window by the plan date precision, never before the announcement', () => {
    const july7 = Date.UTC(2025, 6, 7) / 86_400_000;
    expect(promiseWindow(july7, 'day', july7)).toEqual([july7, july7 + 1]);
    expect(promiseWindow(july7, 'week', july7 - 3)).toEqual([july7 - 1, july7 + 7]);
    expect(promiseWindow(Date.UTC(2025, 6, 1) / 86_400_000, 'month', july7)).toEqual([
      july7,
      Date.UTC(2025, 7, 1) / 86_400_000,
    ]);
    expect(promiseWindow(NaN, 'unknown', july7)).toEqual([july7, july7 + 14]);
  });
});

describe('open and kept promises as of a date', () => {
  const index = buildBundleIndex(fixtureBundle());
  const links = linkPromises(index);
  const ids = (xs: { planned: number }[]) => xs.map((x) => index.eventIds[x.planned]!);

  it('counts a promise kept only after asOf as still open on an earlier date', () => {
    expect(ids(selectOpenPromises(links, '2025-07-07'))).toEqual(['a1#e1', 'a1#e2']);
    expect(ids(selectKeptPromises(links, '2025-07-07'))).toEqual([]);
    expect(ids(selectOpenPromises(links, '2025-07-08'))).toEqual(['a1#e2']);
    expect(selectKeptPromises(links, '2025-07-08')).toMatchObject([{ gapDays: 1, keptBy: 'cgtn' }]);
  });

  it('ignores announcements published after asOf', () => {
    expect(selectOpenPromises(links, '2025-07-06')).toEqual([]);
  });

  it('marks open promises whose due date has passed (absence of a report, not a missed promise)', () => {
    expect(selectOpenPromises(links, '2025-07-08').map((p) => p.dueDatePassed)).toEqual([false]);
    expect(selectOpenPromises(links, '2025-07-09').map((p) => p.dueDatePassed)).toEqual([true]);
    expect(selectOpenPromises(links, '2025-07-09')[0]).not.toHaveProperty('overdue');
  });

  it('keeps the promises whose announcement passes the filters', () => {
    const vance = selectEventMask(index, { ...EMPTY_FILTERS, actors: ['vance'] });
    expect(ids(promisesInMask(links, vance))).toEqual(['a1#e2']);
  });
});
