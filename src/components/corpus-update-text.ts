import type { BundleUpdate, UpdatedArticle } from '../model/bundle-update.ts';

const named = (a: UpdatedArticle) => (a.title ? `“${a.title}” (${a.outlet})` : `${a.id} (${a.outlet})`);

/** The notice's lines: what the rebuild added, changed and removed, then its problems. */
export function corpusUpdateLines(u: BundleUpdate): { headline: string; details: string[] } {
  if (u.error)
    return {
      headline: 'The corpus changed but the bundle could not be rebuilt; the previous one is shown.',
      details: [u.error],
    };
  const counts = [
    u.added.length > 0 && `${u.added.length} article${u.added.length === 1 ? '' : 's'} added`,
    u.changed.length > 0 && `${u.changed.length} changed`,
    u.removed.length > 0 && `${u.removed.length} removed`,
  ].filter(Boolean);
  const headline = `Corpus updated: ${counts.length > 0 ? counts.join(', ') : 'rebuilt'} · now ${u.articles} articles, ${u.events} events`;
  const details = [
    ...u.added.map((a) => `Added ${named(a)}`),
    ...u.changed.map((a) => `Changed ${named(a)}`),
    ...u.removed.map((id) => `Removed ${id}`),
    ...u.problems.map((p) => `Problem: ${p}`),
  ];
  return { headline, details };
}
