import type { Article } from '../../model/bundle-schema.ts';
import { articleFields } from '../ingest/article-fields.ts';
import { dateLineOf } from '../ingest/date-line.ts';
import { inferOutlet } from '../ingest/infer-outlet.ts';
import type { CorpusReading } from '../ingest/read-corpus.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { slug } from '../text/slug.ts';

// The "read" half of the per-article step: what the bundle says about an article before its text is
// extracted. It needs the whole corpus's manifest (its outlets help infer a missing one), so it runs where the
// corpus was read; what it makes of each article is an `ArticleLine`, the unit every route maps.

/**
 * One article ready for extraction: the bundle's record of it and its outlet's display name. `order` is its
 * place in the corpus; every route's reduce puts articles back in that order, so the bundle does not depend on
 * which worker or shard mapped which article.
 */
export type ArticleLine = { order: number; article: Article; outletName: string };

const UNKNOWN_OUTLET = 'Unknown outlet';

/** Describes every article of a read corpus, in corpus order, with the warnings the reading raised. */
export function describeCorpus(
  corpus: CorpusReading,
  resources: PipelineResources,
): { lines: ArticleLine[]; warnings: string[] } {
  const warnings = [...corpus.manifest.problems];
  const knownOutlets = [...corpus.manifest.entries.values()].map((e) => e.outlet).filter((o): o is string => !!o);
  const lines = corpus.files.map((file, order) => ({
    order,
    ...describeArticle(file, corpus, resources, knownOutlets, warnings),
  }));
  return { lines, warnings };
}

function describeArticle(
  file: CorpusReading['files'][number],
  corpus: CorpusReading,
  resources: PipelineResources,
  knownOutlets: string[],
  warnings: string[],
): { article: Article; outletName: string } {
  const entry = corpus.manifest.entries.get(file.file);
  const fields = articleFields(file, entry);
  const flags: string[] = [...file.notes];
  for (const note of file.notes) warnings.push(`${file.file}: ${note}`);
  warnings.push(...fields.problems);
  let outlet = fields.outlet;
  let outletBasis = entry ? `manifest${entry.basis ? `: ${entry.basis}` : ''}` : '';
  // The input's own metadata named the outlet (JSON-LD publisher, og:site_name, a feed's title, ...).
  if (outlet && fields.sources?.outlet && fields.sources.outlet !== 'manifest')
    outletBasis = `page metadata: ${fields.sources.outlet}`;
  if (!entry) flags.push('not-in-manifest');
  if (!outlet) {
    const inferred = inferOutlet(file.text, resources.outlets, knownOutlets);
    outlet = inferred?.name ?? UNKNOWN_OUTLET;
    outletBasis = inferred ? `inferred from the text: ${inferred.basis}` : 'no manifest entry and no credit line';
    flags.push(inferred ? 'outlet-inferred' : 'outlet-unknown');
  }
  // Without a manifest or page metadata, a plain-text article's own date line under its headline.
  const dateLine = fields.published ? null : dateLineOf(file.text);
  const published = fields.published ?? dateLine?.day ?? null;
  if (dateLine) flags.push('published-from-date-line');
  if (!published) {
    flags.push('no-publication-date');
    warnings.push(`${file.file}: no publication date; relative dates stay unresolved`);
  }
  const article: Article = {
    id: file.id,
    outletId: slug(outlet),
    title: fields.title,
    url: fields.url,
    author: fields.author,
    published,
    outletBasis,
    flags,
    fiction: entry?.fiction ?? file.fiction ?? corpus.manifest.fiction,
    wordCount: countWords(file.text),
    text: file.text,
    ...(fields.sources || dateLine
      ? { sources: { ...fields.sources, ...(dateLine ? { published: 'date line' } : {}) } }
      : {}),
  };
  return { article, outletName: outlet };
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/**
 * The number of runs of letters and digits (as `text.match(/[\p{L}\p{N}]+/gu).length`, without building the
 * array of every word): ASCII characters are classed by comparison, the others by the regex, code point by code
 * point.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let isWordCharacter: boolean;
    if (c < 128) isWordCharacter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      const point = text.codePointAt(i)!;
      isWordCharacter = WORD_CHARACTER.test(String.fromCodePoint(point));
      if (point > 0xffff) i++;
    }
    if (isWordCharacter && !inWord) words++;
    inWord = isWordCharacter;
  }
  return words;
}
