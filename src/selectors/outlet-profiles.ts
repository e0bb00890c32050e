import { allRows } from '../model/columns/lazy-rows.ts';
import { MODALITIES, PLOVER_TYPES, type PloverType } from '../model/bundle-schema.ts';
import { articlesInView } from './article-lookups.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';
import { rankOutlets, selectOutletCounts } from './outlet-counts.ts';

/** What one outlet's coverage looks like under the current filters. */
export type OutletProfile = {
  outletId: string;
  label: string;
  /** The outlet's reports under the filters (outlet-counts.ts): what the type, actor and modality bars count. */
  reports: number;
  /** The real-world events they tell (outlet-counts.ts): the number in the Coverage column. */
  realWorldEvents: number;
  types: { type: PloverType; count: number }[];
  topActors: { id: string; label: string; count: number }[];
  topSpeakers: { id: string | null; label: string; count: number }[];
  planned: number;
  occurred: number;
  otherModalities: number;
};

/** Per outlet, busiest first (as Coverage ranks them): reports by type, actors most mentioned, speakers most quoted, planned versus occurred. */
export function selectOutletProfiles(index: BundleIndex, mask: EventMask, outletIds?: string[]): OutletProfile[] {
  const profiles = new Map<
    number,
    { types: Uint32Array; actors: Map<number, number>; planned: number; occurred: number; other: number }
  >();
  for (let i = 0; i < mask.pass.length; i++) {
    if (!mask.pass[i]) continue;
    const o = index.outlet[i]!;
    const p = profiles.get(o) ?? {
      types: new Uint32Array(PLOVER_TYPES.length),
      actors: new Map(),
      planned: 0,
      occurred: 0,
      other: 0,
    };
    p.types[index.type[i]!]!++;
    for (const a of index.actorsOf(i)) p.actors.set(a, (p.actors.get(a) ?? 0) + 1);
    const m = MODALITIES[index.modality[i]!];
    if (m === 'planned') p.planned++;
    else if (m === 'occurred') p.occurred++;
    else p.other++;
    profiles.set(o, p);
  }
  const speakers = speakersByOutlet(index, articlesInView(index, mask.pass));
  const wanted = outletIds ? new Set(outletIds) : null;
  return rankOutlets(index, selectOutletCounts(index, mask))
    .filter((t) => !wanted || wanted.has(t.id))
    .flatMap((t) => {
      // Ranked outlets all have a passing report, so all have a profile: the guard only satisfies the types.
      const p = profiles.get(index.outletIndex.get(t.id) ?? -1);
      if (!p) return [];
      const profile: OutletProfile = {
        outletId: t.id,
        label: t.label,
        reports: t.reports,
        realWorldEvents: t.realWorldEvents,
        types: PLOVER_TYPES.map((type, k) => ({ type, count: p.types[k]! }))
          .filter((x) => x.count > 0)
          .sort((a, b) => b.count - a.count),
        topActors: [...p.actors.entries()]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, 5)
          .map(([a, count]) => ({
            id: index.actorIds[a]!,
            label: index.actorName.get(index.actorIds[a]!) ?? '',
            count,
          })),
        topSpeakers: (speakers.get(t.id) ?? []).slice(0, 5),
        planned: p.planned,
        occurred: p.occurred,
        otherModalities: p.other,
      };
      return [profile];
    });
}

function speakersByOutlet(
  index: BundleIndex,
  articles: Set<string>,
): Map<string, { id: string | null; label: string; count: number }[]> {
  const counts = new Map<string, Map<string, { id: string | null; label: string; count: number }>>();
  for (const [qi, q] of allRows(index.bundle.quotes).entries()) {
    if (!articles.has(q.articleId)) continue;
    const outletId = index.articles.get(q.articleId)?.outletId;
    if (!outletId) continue;
    // The same speaker identity as the Speakers filter and the Quotes tab.
    const key = index.speakerKeys[index.quoteSpeaker[qi]!]!;
    const byOutlet = counts.get(outletId) ?? new Map();
    const entry = byOutlet.get(key) ?? {
      id: q.speakerId,
      label: q.speakerId ? (index.actorName.get(q.speakerId) ?? q.speakerText) : q.speakerText,
      count: 0,
    };
    entry.count++;
    byOutlet.set(key, entry);
    counts.set(outletId, byOutlet);
  }
  return new Map(
    [...counts].map(([o, m]) => [
      o,
      [...m.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    ]),
  );
}
