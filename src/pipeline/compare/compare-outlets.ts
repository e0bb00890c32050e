import type {
  Analysis,
  Article,
  Cluster,
  DiplomaticEvent,
  LoadedTerm,
  Quote,
  Reuse,
} from '../../model/bundle-schema.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { corroborate } from './corroboration.ts';
import { findReuse, REUSE_METHOD, REUSE_THRESHOLD } from './find-reuse.ts';
import { linkQuotesToEvents, type SentenceBounds } from './link-quotes.ts';
import type { ReuseUnit } from './reuse-units.ts';
import { TONE_LIMITS, TONE_METHOD } from './tone.ts';

/** What the comparison measures keep from each article (`bundle/map-article.ts`), not its tokens. */
export type ComparisonInputs = {
  loadedTerms: LoadedTerm[];
  reuseUnits: ReuseUnit[];
  sentencesWithQuotes: Map<string, SentenceBounds[]>;
};

type Extracted = { articles: Map<string, Article>; events: DiplomaticEvent[]; quotes: Quote[]; clusters: Cluster[] };

/** The corpus-wide measures: reuse passages, corroboration of clusters, quotes tied to events, the method notes. */
export function compareOutlets(
  inputs: ComparisonInputs,
  { articles, events, quotes, clusters }: Extracted,
  resources: PipelineResources,
): { quotes: Quote[]; clusters: Cluster[]; loadedTerms: LoadedTerm[]; reuse: Reuse[]; analysis: Analysis } {
  const reuse = findReuse(inputs.reuseUnits, (id) => articles.get(id)!.text);
  const eventById = new Map(events.map((e) => [e.id, e]));
  const reportOf = (id: string) => {
    const e = eventById.get(id)!;
    const a = articles.get(e.articleId)!;
    return { articleId: a.id, outletId: a.outletId, published: a.published, evidence: e.evidence };
  };
  return {
    quotes: tieQuotes(quotes, events, inputs.sentencesWithQuotes),
    clusters: corroborate(clusters, reportOf, reuse),
    loadedTerms: inputs.loadedTerms,
    reuse,
    analysis: {
      loadedTerms: { version: resources.loadedTerms.version, entries: resources.loadedTerms.entries },
      tone: { method: TONE_METHOD, limits: TONE_LIMITS },
      reuse: { method: REUSE_METHOD, threshold: REUSE_THRESHOLD },
    },
  };
}

function tieQuotes(quotes: Quote[], events: DiplomaticEvent[], sentences: Map<string, SentenceBounds[]>): Quote[] {
  const group = <T extends { articleId: string }>(items: T[]) => {
    const by = new Map<string, T[]>();
    for (const item of items) {
      const list = by.get(item.articleId);
      if (list) list.push(item);
      else by.set(item.articleId, [item]);
    }
    return by;
  };
  const eventsByArticle = group(events);
  const links = new Map<string, string[]>();
  for (const [articleId, articleQuotes] of group(quotes)) {
    const bounds = sentences.get(articleId);
    if (!bounds) continue;
    for (const [id, ids] of linkQuotesToEvents(articleQuotes, eventsByArticle.get(articleId) ?? [], bounds))
      links.set(id, ids);
  }
  return quotes.map((q) => ({ ...q, eventIds: links.get(q.id) ?? [] }));
}
