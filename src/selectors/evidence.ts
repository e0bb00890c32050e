import type { DiplomaticEvent, LoadedTerm, Modality, Tone } from '../model/bundle-schema.ts';
import type { Selection } from '../state/filters.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { EventMask } from './filter-events.ts';
import { selectEdgeEvents } from './network.ts';
import { reuseOverlapping, termsWithin } from './article-lookups.ts';
import { formatEventDate } from '../model/day-format.ts';
import { type NoSentence, noSentenceOf } from '../model/external-coders.ts';

/** A highlighted part of an evidence sentence. */
export type Highlight = {
  start: number;
  end: number;
  kind: 'trigger' | 'actor' | 'date' | 'loaded' | 'quote' | 'scored';
};

/** A reused passage overlapping an evidence sentence: where else it appears, to open it. */
export type ReuseNote = {
  reuseId: string;
  otherOutlet: string;
  otherOutletId: string;
  otherArticleId: string;
  start: number;
  end: number;
  similarity: number;
  thisWasFirst: boolean | null;
};

/** One sentence behind a selected mark, with everything needed to judge it. */
export type EvidenceItem = {
  eventId: string;
  articleId: string;
  outletId: string;
  outlet: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** The article is the team's fiction (demo corpus), not reporting. */
  fiction: boolean;
  sentence: string;
  /** For an event imported from a coder (GDELT): the note that there is no sentence, and the article's link. */
  noSentence: NoSentence | null;
  /** Offsets relative to the sentence, sorted, not overlapping. */
  highlights: Highlight[];
  type: string;
  modality: Modality;
  date: string | null;
  datePrecision: string;
  dateBasis: string;
  confidence: number;
  actors: string[];
  /** The sentence's tone score, its comparative score and the scored words; null when the bundle has no tone analysis. */
  tone: { score: number; comparative: number; words: string[] } | null;
  /** Loaded terms in the sentence ("regime: delegitimising"). */
  loadedTerms: { text: string; category: string }[];
  /** Reused passages overlapping the sentence, with the other article. */
  reuse: ReuseNote[];
  /** Start of the sentence in the article text, to scroll the article view to it. */
  offset: number;
};

export type Evidence = { title: string; items: EvidenceItem[] };

/** The evidence for a selection: its sentences, outlet by outlet, in date order. */
export function selectEvidence(
  index: BundleIndex,
  selection: Selection | null,
  mask: EventMask,
  collapsePeople = false,
): Evidence | null {
  if (!selection) return null;
  switch (selection.kind) {
    case 'event': {
      const i = index.eventIndex.get(selection.eventId);
      return i === undefined ? null : { title: 'Event', items: [toItem(index, i)] };
    }
    case 'cluster': {
      const c = index.clusterIndex.get(selection.clusterId);
      if (c === undefined) return null;
      const cluster = index.bundle.clusters.at(c)!;
      const items = [...index.clusterEventsOf(c)].map((i) => toItem(index, i)).sort(byOutletThenDate);
      return {
        title: `${cluster.type} · ${formatEventDate(cluster.date, cluster.datePrecision)} · ${cluster.outletIds.length} outlet${cluster.outletIds.length === 1 ? '' : 's'}`,
        items,
      };
    }
    case 'cell': {
      const c = index.clusterIndex.get(selection.clusterId);
      if (c === undefined) return null;
      const items = [...index.clusterEventsOf(c)].map((i) => toItem(index, i)).sort(byOutletThenDate);
      const name = index.outletName.get(selection.outletId) ?? selection.outletId;
      // The clicked outlet first, the others beside it for comparison.
      items.sort((a, b) => Number(b.outletId === selection.outletId) - Number(a.outletId === selection.outletId));
      return { title: `${name} and the other reports of this event`, items };
    }
    case 'edge': {
      const events = selectEdgeEvents(index, mask, selection.source, selection.target, collapsePeople);
      const name = (id: string) => index.actorName.get(id) ?? id;
      return {
        title: `${name(selection.source)} — ${name(selection.target)}: ${events.length} event${events.length === 1 ? '' : 's'}`,
        items: events.map((i) => toItem(index, i)),
      };
    }
  }
}

function byOutletThenDate(a: EvidenceItem, b: EvidenceItem): number {
  return (
    a.outlet.localeCompare(b.outlet) ||
    (a.published ?? '').localeCompare(b.published ?? '') ||
    a.eventId.localeCompare(b.eventId)
  );
}

/**
 * What an event's sentence highlights (trigger, actors, date, loaded terms; sentence-relative offsets), and the
 * loaded terms in it. Shared by every view that shows an event's sentence, so they all mark it alike.
 */
export function eventHighlights(
  index: BundleIndex,
  e: DiplomaticEvent,
): { highlights: Highlight[]; terms: LoadedTerm[] } {
  const base = e.evidence.start;
  const terms = termsWithin(index, e.articleId, e.evidence.start, e.evidence.end);
  const spans: Highlight[] = [
    { start: e.trigger.start - base, end: e.trigger.end - base, kind: 'trigger' },
    ...e.actorSpans.map((s) => ({ start: s.start - base, end: s.end - base, kind: 'actor' as const })),
    ...(e.dateSpan ? [{ start: e.dateSpan.start - base, end: e.dateSpan.end - base, kind: 'date' as const }] : []),
    ...terms.map((t) => ({ start: t.start - base, end: t.end - base, kind: 'loaded' as const })),
  ];
  return { highlights: nonOverlapping(spans, e.evidence.text.length), terms };
}

/** "talks +1, crisis −3": the scored words of a sentence's tone, as the views list them. */
export function scoredWords(tone: Tone): string[] {
  return tone.terms.map((t) => `${t.text} ${t.valence > 0 ? '+' : ''}${t.valence}`);
}

function toItem(index: BundleIndex, i: number): EvidenceItem {
  const e = index.events.at(i)!;
  const article = index.articles.get(e.articleId);
  const outletId = article?.outletId ?? '';
  const base = e.evidence.start;
  const { highlights, terms } = eventHighlights(index, e);
  return {
    eventId: e.id,
    articleId: e.articleId,
    outletId,
    outlet: index.outletName.get(outletId) ?? outletId,
    title: article?.title ?? null,
    url: safeUrl(article?.url ?? null),
    published: article?.published ?? null,
    fiction: article?.fiction ?? false,
    sentence: e.evidence.text,
    noSentence: noSentenceOf(e, safeUrl(article?.url ?? null)),
    highlights,
    type: e.mode ? `${e.type} (${e.mode})` : e.type,
    modality: e.modality,
    date: e.date,
    datePrecision: e.datePrecision,
    dateBasis: e.dateBasis,
    confidence: e.confidence,
    actors: [...new Set([...e.source, ...e.target])].map((id) => index.actorName.get(id) ?? id),
    tone:
      index.bundle.analysis.tone.method === ''
        ? null
        : { score: e.tone.score, comparative: e.tone.comparative, words: scoredWords(e.tone) },
    loadedTerms: terms.map((t) => ({ text: t.text, category: t.category })),
    reuse: reuseNotes(index, e.articleId, e.evidence.start, e.evidence.end),
    offset: base,
  };
}

function reuseNotes(index: BundleIndex, articleId: string, start: number, end: number): ReuseNote[] {
  return reuseOverlapping(index, articleId, start, end).map(({ reuse, other }) => {
    const otherOutletId = index.articles.get(other.articleId)?.outletId ?? '';
    return {
      reuseId: reuse.id,
      otherOutlet: index.outletName.get(otherOutletId) ?? otherOutletId,
      otherOutletId,
      otherArticleId: other.articleId,
      start: other.start,
      end: other.end,
      similarity: reuse.similarity,
      thisWasFirst: reuse.earlierArticleId === null ? null : reuse.earlierArticleId === articleId,
    };
  });
}

/** Sorted highlights inside the sentence; where two overlap, the earlier one wins. */
export function nonOverlapping(spans: Highlight[], length: number): Highlight[] {
  const out: Highlight[] = [];
  for (const s of [...spans]
    .filter((x) => x.start >= 0 && x.end <= length && x.end > x.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (out.length && s.start < out.at(-1)!.end) continue;
    out.push(s);
  }
  return out;
}

/** Only http(s) links leave the app; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Splits a sentence into plain and highlighted segments for rendering as text (never as HTML). */
export function segmentSentence(
  sentence: string,
  highlights: Highlight[],
): { text: string; kind: Highlight['kind'] | null }[] {
  const segments: { text: string; kind: Highlight['kind'] | null }[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start > at) segments.push({ text: sentence.slice(at, h.start), kind: null });
    segments.push({ text: sentence.slice(h.start, h.end), kind: h.kind });
    at = h.end;
  }
  if (at < sentence.length) segments.push({ text: sentence.slice(at), kind: null });
  return segments;
}
