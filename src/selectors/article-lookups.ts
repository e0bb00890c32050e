import type { LoadedTerm, Reuse } from '../model/bundle-schema.ts';
import type { BundleIndex } from './bundle-index.ts';

/** Loaded terms and reused passages grouped by article, built once per bundle index. */
export type ArticleLookups = { terms: Map<string, LoadedTerm[]>; reuse: Map<string, Reuse[]> };

const cache = new WeakMap<BundleIndex, ArticleLookups>();

/** The loaded terms and reuse passages of each article (cached per index: views ask for them per sentence). */
export function articleLookups(index: BundleIndex): ArticleLookups {
  let found = cache.get(index);
  if (found) return found;
  const terms = new Map<string, LoadedTerm[]>();
  for (const t of index.bundle.loadedTerms) push(terms, t.articleId, t);
  const reuse = new Map<string, Reuse[]>();
  for (const r of index.bundle.reuse) {
    push(reuse, r.a.articleId, r);
    if (r.b.articleId !== r.a.articleId) push(reuse, r.b.articleId, r);
  }
  found = { terms, reuse };
  cache.set(index, found);
  return found;
}

/** Loaded terms of an article inside a character range (an event's sentence). */
export function termsWithin(index: BundleIndex, articleId: string, start: number, end: number): LoadedTerm[] {
  return (articleLookups(index).terms.get(articleId) ?? []).filter((t) => t.start >= start && t.end <= end);
}

/** The other side of each reuse passage that overlaps a range of an article. */
export function reuseOverlapping(
  index: BundleIndex,
  articleId: string,
  start: number,
  end: number,
): { reuse: Reuse; here: Reuse['a']; other: Reuse['a'] }[] {
  const out: { reuse: Reuse; here: Reuse['a']; other: Reuse['a'] }[] = [];
  for (const r of articleLookups(index).reuse.get(articleId) ?? []) {
    for (const [here, other] of [
      [r.a, r.b],
      [r.b, r.a],
    ] as const)
      if (here.articleId === articleId && here.start < end && here.end > start) {
        out.push({ reuse: r, here, other });
        break;
      }
  }
  return out;
}

const inViewOfMask = new WeakMap<Uint8Array, Set<string>>();

/**
 * Articles with at least one event passing the filters ("articles in view"). Kept per mask: the Language,
 * Quotes, Reuse and Profiles tabs each ask for it on the same change.
 */
export function articlesInView(index: BundleIndex, pass: Uint8Array): Set<string> {
  let out = inViewOfMask.get(pass);
  if (out) return out;
  out = new Set<string>();
  for (let i = 0; i < pass.length; i++) if (pass[i]) out.add(index.bundle.articles[index.article[i]!]!.id);
  inViewOfMask.set(pass, out);
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
