import { httpUrl, type MetadataField } from './article-metadata.ts';
import type { ManifestEntry } from './manifest.ts';
import type { CorpusFile, CorpusReading } from './read-corpus.ts';

/** An article's descriptive fields once the manifest (which wins) and the input's own metadata are joined. */
export type ArticleFields = {
  outlet: string | null;
  published: string | null;
  title: string | null;
  author: string | null;
  url: string | null;
  /** Where each value came from, for inputs that declare any ("manifest", "JSON-LD datePublished", ...). */
  sources: Partial<Record<MetadataField, string>> | null;
  /** What was wrong with the manifest's values (a `javascript:` URL is dropped, not kept). */
  problems: string[];
};

/** The manifest's value where it gives one (a null title does not hide the page's), else the input's. */
export function articleFields(file: CorpusFile, entry: ManifestEntry | undefined): ArticleFields {
  const meta = file.meta;
  const sources: Partial<Record<MetadataField, string>> = {};
  const problems: string[] = [];
  const pick = (field: MetadataField, fromManifest: string | null | undefined): string | null => {
    if (fromManifest) {
      sources[field] = 'manifest';
      return fromManifest;
    }
    const own = meta?.[field];
    if (own !== undefined && meta) sources[field] = meta.sources[field] ?? 'input';
    return own ?? null;
  };
  let manifestUrl = entry?.url ?? null;
  if (manifestUrl && httpUrl(manifestUrl) === null) {
    problems.push(`${file.file}: manifest url "${manifestUrl.slice(0, 60)}" is not an http(s) address; dropped`);
    manifestUrl = null;
  }
  return {
    outlet: pick('outlet', entry?.outlet),
    published: pick('published', entry?.published),
    title: pick('title', entry?.title),
    author: pick('author', entry?.author),
    url: pick('url', manifestUrl),
    sources: meta ? sources : null,
    problems,
  };
}

/** The publication date the extractor resolves relative dates against (the same on every thread). */
export function publishedOf(file: CorpusFile, corpus: CorpusReading): string | null {
  return corpus.manifest.entries.get(file.file)?.published ?? file.meta?.published ?? null;
}
