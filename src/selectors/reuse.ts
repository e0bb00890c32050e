import { articlesInView } from './article-lookups.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';

/** One side of a reused passage, with its outlet and date. */
export type PassageSide = { articleId: string; outletId: string; outlet: string; published: string | null; text: string; start: number; end: number; first: boolean };

/** A passage found in two outlets' articles: both sides, similarity, which came first. */
export type ReusedPassage = { id: string; similarity: number; first: PassageSide; second: PassageSide; order: 'known' | 'unknown' };

/**
 * Reused passages between the chosen outlets (any outlets when `outletIds` is null: a wire copy in a small
 * outlet is exactly what the user looks for), where at least one of the two articles is in view
 * (has an event passing the filters). The earlier article comes first; when the dates do not tell,
 * the bundle's order is kept and the order is marked unknown. Most similar first.
 */
export function selectReuse(index: BundleIndex, mask: EventMask, outletIds: string[] | null): ReusedPassage[] {
  const inView = articlesInView(index, mask.pass);
  const wanted = outletIds ? new Set(outletIds) : null;
  const out: ReusedPassage[] = [];
  for (const r of index.bundle.reuse) {
    if (!inView.has(r.a.articleId) && !inView.has(r.b.articleId)) continue;
    const a = side(index, r.a, r.earlierArticleId === r.a.articleId);
    const b = side(index, r.b, r.earlierArticleId === r.b.articleId);
    if (wanted && (!wanted.has(a.outletId) || !wanted.has(b.outletId))) continue;
    const bFirst = r.earlierArticleId === r.b.articleId;
    out.push({ id: r.id, similarity: r.similarity, first: bFirst ? b : a, second: bFirst ? a : b, order: r.earlierArticleId ? 'known' : 'unknown' });
  }
  return out.sort((x, y) => y.similarity - x.similarity || x.id.localeCompare(y.id));
}

function side(index: BundleIndex, p: { articleId: string; text: string; start: number; end: number }, first: boolean): PassageSide {
  const article = index.articles.get(p.articleId);
  const outletId = article?.outletId ?? '';
  return { articleId: p.articleId, outletId, outlet: index.outletName.get(outletId) ?? outletId, published: article?.published ?? null, text: p.text, start: p.start, end: p.end, first };
}

/** A run of words on one side of a comparison: the same on both sides, or only on this side. */
export type DiffRun = { text: string; same: boolean };

const MAX_WORDS = 600;

const diffsOfIndex = new WeakMap<BundleIndex, Map<string, { a: DiffRun[]; b: DiffRun[] }>>();

/** The word differences of one reused passage, computed once per bundle: the tab re-renders on every filter change. */
export function passageDiff(index: BundleIndex, passage: { id: string; first: { text: string }; second: { text: string } }): { a: DiffRun[]; b: DiffRun[] } {
  let diffs = diffsOfIndex.get(index);
  if (!diffs) diffsOfIndex.set(index, (diffs = new Map()));
  let diff = diffs.get(passage.id);
  if (!diff) diffs.set(passage.id, (diff = diffWords(passage.first.text, passage.second.text)));
  return diff;
}

/**
 * Word-by-word differences of two passages (longest common subsequence of words, whitespace kept with
 * the word before it). Passages over MAX_WORDS words are compared as wholes: a quadratic table of
 * thousands of words is not worth a frozen tab.
 */
export function diffWords(a: string, b: string): { a: DiffRun[]; b: DiffRun[] } {
  const wa = a.match(/\S+\s*/g) ?? [];
  const wb = b.match(/\S+\s*/g) ?? [];
  if (wa.length > MAX_WORDS || wb.length > MAX_WORDS) return { a: [{ text: a, same: a === b }], b: [{ text: b, same: a === b }] };
  // Words compare without case or punctuation, each normalised once (not once per cell of the table).
  const norm = (w: string) => w.trim().toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const na = wa.map(norm);
  const nb = wb.map(norm);
  const n = wa.length;
  const m = wb.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] = na[i] === nb[j] ? table[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
  const runsA: DiffRun[] = [];
  const runsB: DiffRun[] = [];
  const add = (runs: DiffRun[], text: string, same: boolean) => {
    const last = runs.at(-1);
    if (last && last.same === same) last.text += text;
    else runs.push({ text, same });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (na[i] === nb[j]) {
      add(runsA, wa[i++]!, true);
      add(runsB, wb[j++]!, true);
    } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) add(runsA, wa[i++]!, false);
    else add(runsB, wb[j++]!, false);
  }
  while (i < n) add(runsA, wa[i++]!, false);
  while (j < m) add(runsB, wb[j++]!, false);
  return { a: runsA, b: runsB };
}
