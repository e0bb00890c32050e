import { allRows } from '../model/columns/lazy-rows.ts';
import { articlesInView } from './article-lookups.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { CountedSentence } from './language.ts';
import type { EventMask } from './filter-events.ts';
import { formatEventDate } from '../model/day-format.ts';

/** A speaker an outlet quoted: how often, and about which clusters (through the quotes' events). */
export type QuotedSpeaker = {
  key: string;
  label: string;
  named: boolean;
  count: number;
  clusters: { clusterId: string; label: string }[];
};

/** Whom one outlet quoted in the articles in view, most quoted first. */
export type OutletQuotes = { outletId: string; outlet: string; quotes: number; speakers: QuotedSpeaker[] };

/**
 * Per compared outlet, the speakers of the quotations in the articles in view (those with an event
 * passing the filters). A quotation tied to events names their clusters; one tied to none still counts
 * (the outlet chose to quote it) and lists no cluster.
 */
export function selectQuotesByOutlet(index: BundleIndex, mask: EventMask, outletIds: string[]): OutletQuotes[] {
  const inView = articlesInView(index, mask.pass);
  const wanted = new Set(outletIds);
  const per = new Map<string, Map<string, { speaker: QuotedSpeaker; clusters: Set<number> }>>();
  const totals = new Map<string, number>();
  for (const [qi, q] of allRows(index.bundle.quotes).entries()) {
    if (!inView.has(q.articleId)) continue;
    const outletId = index.articles.get(q.articleId)?.outletId ?? '';
    if (!wanted.has(outletId)) continue;
    totals.set(outletId, (totals.get(outletId) ?? 0) + 1);
    const key = index.speakerKeys[index.quoteSpeaker[qi]!]!;
    const speakers = per.get(outletId) ?? new Map();
    per.set(outletId, speakers);
    const entry = speakers.get(key) ?? {
      speaker: {
        key,
        label: index.speakerName.get(key) ?? q.speakerText,
        named: q.speakerId !== null,
        count: 0,
        clusters: [],
      },
      clusters: new Set<number>(),
    };
    entry.speaker.count++;
    for (const id of q.eventIds) {
      const e = index.eventIndex.get(id);
      if (e !== undefined) entry.clusters.add(index.cluster[e]!);
    }
    speakers.set(key, entry);
  }
  return outletIds.map((outletId) => {
    const speakers = [...(per.get(outletId)?.values() ?? [])].map(({ speaker, clusters }) => ({
      ...speaker,
      clusters: [...clusters].sort((a, b) => a - b).map((c) => clusterChoice(index, c)),
    }));
    speakers.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    return {
      outletId,
      outlet: index.outletName.get(outletId) ?? outletId,
      quotes: totals.get(outletId) ?? 0,
      speakers,
    };
  });
}

function clusterChoice(index: BundleIndex, c: number): { clusterId: string; label: string } {
  const cluster = index.bundle.clusters.at(c)!;
  const actors = cluster.actorIds
    .slice(0, 3)
    .map((id) => index.actorName.get(id) ?? id)
    .join(', ');
  return {
    clusterId: cluster.id,
    label: `${formatEventDate(cluster.date, cluster.datePrecision)} ${cluster.type} ${actors}`,
  };
}

/**
 * The quotations behind one speaker count, each in its sentence with the quoted words highlighted.
 * `textOf` gives an article's text; where it is not at hand (a text shard still loading) the quotation
 * stands alone.
 */
export function selectSpeakerQuotes(
  index: BundleIndex,
  mask: EventMask,
  outletId: string,
  speakerKey: string,
  textOf: (articleId: string) => string | undefined = (id) => index.articles.get(id)?.text,
): CountedSentence[] {
  const inView = articlesInView(index, mask.pass);
  const out: CountedSentence[] = [];
  const wanted = index.speakerIndex.get(speakerKey);
  for (const [qi, q] of allRows(index.bundle.quotes).entries()) {
    if (!inView.has(q.articleId) || index.quoteSpeaker[qi] !== wanted) continue;
    const article = index.articles.get(q.articleId);
    if (!article || article.outletId !== outletId) continue;
    const text = textOf(q.articleId) || null;
    const [start, end] = text ? sentenceAround(text, q.start, q.end) : [q.start, q.end];
    out.push({
      key: q.id,
      articleId: q.articleId,
      outletId,
      outlet: index.outletName.get(outletId) ?? outletId,
      published: article.published,
      sentence: text ? text.slice(start, end) : q.text,
      highlights: [{ start: q.start - start, end: q.end - start, kind: 'quote' }],
      offset: start,
      note: `quoted as “${q.speakerText}”`,
    });
  }
  return out;
}

const MAX_CONTEXT = 240;

/**
 * The sentence(s) around a quotation: back to the previous sentence end, on to the next, at most
 * MAX_CONTEXT characters either side (quotations often span sentences, so the quote is never cut).
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - MAX_CONTEXT);
  while (from > floor && !/[.!?\n]\s$/.test(text.slice(from - 2, from))) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + MAX_CONTEXT);
  while (to < ceiling && !/[.!?\n]/.test(text[to - 1] ?? '')) to++;
  if (to < ceiling && /["”’]/.test(text[to] ?? '')) to++;
  return [from, to];
}
