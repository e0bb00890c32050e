import type { Analysis, Article, Cluster, DiplomaticEvent, LoadedTerm, Reuse } from '../../model/bundle-schema.ts';
import { corroborate } from '../compare/corroboration.ts';
import { findReuse, REUSE_METHOD, REUSE_THRESHOLD } from '../compare/find-reuse.ts';
import { findLoadedTerms, type LoadedTermMatcher } from '../compare/loaded-terms.ts';
import { reuseUnitsOf } from '../compare/reuse-units.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';

/** How GDELT's AvgTone is carried in `event.tone`, for the app to show beside the figures. */
export const GDELT_TONE_METHOD =
  "GDELT's AvgTone: the average tone of every document GDELT found mentioning the event, its positive minus its negative words per hundred words (roughly -10 to +10, rarely beyond). " +
  'The score is AvgTone itself; the comparative score is AvgTone divided by 100, a score per word like that of sentences Parley reads. No words are listed: GDELT gives none.';

/** What AvgTone cannot say. */
export const GDELT_TONE_LIMITS =
  "AvgTone is not the tone of one outlet's sentence: it averages every document that mentions the event, from any outlet, so it cannot tell outlets apart. " +
  'GDELT keeps no text, so the tone cannot be checked against words, and loaded terms and reused passages cannot be found.';

/**
 * The comparison stages run on the imported articles as on any corpus. Their texts are empty, so they find no
 * loaded terms and no reused passages, and every outlet of a cluster counts as independent.
 */
export function compareGdeltOutlets(
  articles: Article[],
  events: DiplomaticEvent[],
  clusters: Cluster[],
  loadedTerms: LoadedTermMatcher,
): { clusters: Cluster[]; loadedTerms: LoadedTerm[]; reuse: Reuse[]; analysis: Analysis } {
  const terms: LoadedTerm[] = [];
  const units = [];
  for (const article of articles) {
    const sentences = splitSentences(article.text).map((sentence) => ({
      sentence,
      tokens: tokenize(article.text, sentence.start, sentence.end),
    }));
    for (const term of findLoadedTerms(article.id, article.text, sentences, loadedTerms)) terms.push(term);
    for (const unit of reuseUnitsOf(article, sentences)) units.push(unit);
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const reuse = findReuse(units, (id) => byId.get(id)!.text);
  const eventById = new Map(events.map((e) => [e.id, e]));
  const reportOf = (id: string) => {
    const e = eventById.get(id)!;
    const a = byId.get(e.articleId)!;
    return { articleId: a.id, outletId: a.outletId, published: a.published, evidence: e.evidence };
  };
  return {
    clusters: corroborate(clusters, reportOf, reuse),
    loadedTerms: terms,
    reuse,
    analysis: {
      loadedTerms: { version: loadedTerms.version, entries: loadedTerms.entries },
      tone: { method: GDELT_TONE_METHOD, limits: GDELT_TONE_LIMITS },
      reuse: { method: REUSE_METHOD, threshold: REUSE_THRESHOLD },
    },
  };
}
