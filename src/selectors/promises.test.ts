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

  it('ties a report only to a plan with exactly its actors, whatever their order and side', () => {
    // The plan a1#e2 is Netanyahu meeting Vance; each report sits in its own cluster, published after it.
    const report = (id: string, source: string[], target: string[]) => ({
      id: `a4#${id}`,
      articleId: 'a4',
      clusterId: `c-${id}`,
      type: 'CONSULT' as const,
      date: '2025-07-08',
      source,
      target,
    });
    const articles = [{ id: 'a4', outletId: 'wire', published: '2025-07-09' }];
    const more = withReports(
      [report('more', ['netanyahu', 'vance'], ['usa']), report('fewer', ['netanyahu'], [])],
      articles,
    );
    expect(linkOf(more, 'a1#e2').link.kept).toBeNull();
    const swapped = withReports([report('swapped', ['vance'], ['netanyahu'])], articles);
    const { index, link } = linkOf(swapped, 'a1#e2');
    expect(index.events.at(link.kept!)!.id).toBe('a4#swapped');
  });

  it('takes the earliest published report, the same cluster first when two are published the same day', () => {
    // Two reports of a held meeting, one in the plan's cluster (c2) and one outside it (c9).
    const twoMeetingReports = [
      {
        id: 'a4#e1',
        articleId: 'a4',
        clusterId: 'c9',
        type: 'CONSULT',
        date: '2025-07-08',
        source: ['vance'],
        target: ['netanyahu'],
      },
      {
        id: 'a5#e1',
        articleId: 'a5',
        clusterId: 'c2',
        type: 'CONSULT',
        date: '2025-07-08',
        source: ['netanyahu'],
        target: ['vance'],
      },
    ] satisfies Extra[];
    const sameDay = withReports(twoMeetingReports, [
      { id: 'a4', outletId: 'wire', published: '2025-07-09' },
      { id: 'a5', outletId: 'cgtn', published: '2025-07-09' },
    ]);
    expect(linkOf(sameDay, 'a1#e2').link).toMatchObject({ via: 'cluster', keptBy: 'cgtn' });
    const earlier = withReports(twoMeetingReports, [
      { id: 'a4', outletId: 'wire', published: '2025-07-08' },
      { id: 'a5', outletId: 'cgtn', published: '2025-07-09' },
    ]);
    expect(linkOf(earlier, 'a1#e2').link).toMatchObject({ via: 'family-and-actors', keptBy: 'wire', gapDays: 1 });
  });

  it('ties a plan to a report dated only by its year, or not at all, when that range reaches the plan', () => {
    const byYear = withReports(
      [
        {
          id: 'a4#e1',
          articleId: 'a4',
          clusterId: 'c9',
          type: 'CONSULT',
          date: '2025-01-01',
          datePrecision: 'year',
          source: ['vance'],
          target: ['netanyahu'],
        },
      ],
      [{ id: 'a4', outletId: 'wire', published: '2025-07-12' }],
    );
    expect(linkOf(byYear, 'a1#e2').link).toMatchObject({ via: 'family-and-actors', reported: '2025-07-12' });
    // Undated: taken to lie up to three days before its article, 7 to 10 July here, which reaches the plan's 8 July.
    const undated = withReports(
      [
        {
          id: 'a4#e1',
          articleId: 'a4',
          clusterId: 'c9',
          type: 'CONSULT',
          date: null,
          datePrecision: 'unknown',
          source: ['vance'],
          target: ['netanyahu'],
        },
      ],
      [{ id: 'a4', outletId: 'wire', published: '2025-07-10' }],
    );
    expect(linkOf(undated, 'a1#e2').link).toMatchObject({ via: 'family-and-actors', reported: '2025-07-10' });
  });

  it('ties reports with many actors as it ties those with two', () => {
    // The plan: Netanyahu with forty delegates; the report: the delegates (listed the other way) with Netanyahu.
    const many = Array.from({ length: 40 }, (_, i) => `delegate-${i}`);
    const withDelegates = (planType: 'CONSULT' | 'SUPPORT') => {
      const bundle = withReports(
        [
          {
            id: 'a4#e1',
            articleId: 'a4',
            clusterId: 'c9',
            type: 'AGREE',
            date: '2025-07-08',
            source: [...many].reverse(),
            target: ['netanyahu'],
          },
        ],
        [{ id: 'a4', outletId: 'wire', published: '2025-07-09' }],
      );
      for (const id of many) bundle.actors.push({ ...bundle.actors[0]!, id, name: id });
      Object.assign(
        bundle.events.find((e) => e.id === 'a1#e2')!,
        { type: planType, source: ['netanyahu'], target: many },
      );
      return bundle;
    };
    // SUPPORT is of AGREE's type family, CONSULT is not.
    const { index, link } = linkOf(withDelegates('SUPPORT'), 'a1#e2');
    expect(index.events.at(link.kept!)!.id).toBe('a4#e1');
    expect(linkOf(withDelegates('CONSULT'), 'a1#e2').link.kept).toBeNull();
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
