import type { Actor, LoadedTerm, Quote } from '../../model/bundle-schema.ts';
import { findLoadedTerms } from '../compare/loaded-terms.ts';
import type { SentenceBounds } from '../compare/link-quotes.ts';
import { type ReuseUnit, reuseUnitsOf } from '../compare/reuse-units.ts';
import type { ExtractedEvent } from '../events/event-records.ts';
import { type ArticleExtraction, type ArticleInput, extractArticle } from '../events/extract-events.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import type { ArticleLine } from './describe-articles.ts';

/** Extracts one article; called once per article (the worker pool passes results it already has). */
export type ArticleExtractor = (input: ArticleInput, resources: PipelineResources) => ArticleExtraction;

/**
 * What the map makes of one article: all the reduce needs of it, and nothing of its tokens. Plain JSON (Maps
 * travel as entry lists), so that it can cross a queue, a pipe or a file unchanged.
 */
export type MappedArticle = ArticleLine & {
  events: ExtractedEvent[];
  quotes: Quote[];
  /** Names next to a trigger that the gazetteer lacks: id -> name, in the order they were met. */
  unresolved: [string, string][];
  /** People the article introduced that the gazetteer lacks, in the order they were met. */
  inferred: [string, Actor][];
  loadedTerms: LoadedTerm[];
  reuseUnits: ReuseUnit[];
  /** The article's sentence bounds, kept only when it has quotes (they are tied to events by sentence). */
  sentenceBounds: SentenceBounds[] | null;
};

/** The per-article step: extract events and quotes, then what the comparison measures need from the article. */
export function mapArticle(
  line: ArticleLine,
  resources: PipelineResources,
  extract: ArticleExtractor = extractArticle,
): MappedArticle {
  const { article } = line;
  const extraction = extract({ id: article.id, text: article.text, published: article.published }, resources);
  return {
    ...line,
    events: extraction.events,
    quotes: extraction.quotes.map((q, n) => ({ ...q, id: `${article.id}#q${String(n + 1).padStart(3, '0')}` })),
    unresolved: [...extraction.unresolved],
    inferred: [...(extraction.inferred ?? [])],
    loadedTerms: findLoadedTerms(article.id, article.text, extraction.sentences, resources.loadedTerms),
    reuseUnits: reuseUnitsOf(article, extraction.sentences),
    sentenceBounds:
      extraction.quotes.length > 0
        ? extraction.sentences.map(({ sentence }) => ({
            start: sentence.start,
            end: sentence.end,
            paragraph: sentence.paragraph,
          }))
        : null,
  };
}
