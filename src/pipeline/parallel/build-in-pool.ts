import { publishedOf } from '../ingest/article-fields.ts';
import { type ArticleExtractor, type BuildReport, buildBundle } from '../bundle/build-bundle.ts';
import type { Bundle } from '../../model/bundle-schema.ts';
import type { ArticleInput } from '../events/extract-events.ts';
import type { CorpusReading } from '../ingest/read-corpus.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import type { Extracted, ExtractionPool, ExtractionProgress } from './extract-pool.ts';
import { unpackExtraction } from './wire.ts';

/**
 * Builds the bundle as `buildBundle` does, with the articles extracted by the pool's threads first; everything
 * after extraction (outlets, clustering, comparison, validation) runs unchanged on this thread, in article order.
 */
export async function buildBundleInPool(
  corpus: CorpusReading,
  resources: PipelineResources,
  pool: ExtractionPool,
  onProgress?: ExtractionProgress,
): Promise<{ bundle: Bundle; report: BuildReport }> {
  const inputs = articleInputsOf(corpus);
  const extractions = await pool.extractAll(inputs, resources, onProgress);
  return buildBundle(corpus, resources, undefined, precomputedExtractor(inputs, extractions));
}

/** What the extractor reads of each article, as `buildBundle` will ask for it, in corpus order. */
export function articleInputsOf(corpus: CorpusReading): ArticleInput[] {
  return corpus.files.map((file) => ({
    id: file.id,
    text: file.text,
    published: publishedOf(file, corpus),
  }));
}

/**
 * Hands `buildBundle` the extractions already made, one per call in order, unpacking each only then and
 * letting go of it once handed over. It fails loudly if the bundle asks for an article other than the one
 * extracted (same id, text and date), so that a change in how the bundle describes articles cannot silently
 * diverge from what the workers were sent.
 */
export function precomputedExtractor(inputs: ArticleInput[], extractions: (Extracted | undefined)[]): ArticleExtractor {
  let next = 0;
  return (input) => {
    const sent = inputs[next];
    const extraction = extractions[next];
    if (!sent || !extraction || sent.id !== input.id || sent.text !== input.text || sent.published !== input.published)
      throw new Error(
        `parallel extraction: the bundle asked for article "${input.id}", the workers extracted "${sent?.id}"`,
      );
    extractions[next++] = undefined;
    return 'here' in extraction ? extraction.here : unpackExtraction(input.text, extraction.packed);
  };
}
