import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Bundle } from '../../model/bundle-schema.ts';
import type { BundleUpdate, UpdatedArticle } from '../../model/bundle-update.ts';
import { type ArticleExtractor, buildBundle } from '../bundle/build-bundle.ts';
import { extractArticle } from '../events/extract-events.ts';
import { mergeCorpora } from '../ingest/merge-corpora.ts';
import { type CachedInput, readCorpus } from '../ingest/read-corpus.ts';
import { compileResources, loadResourceData, type PipelineResources } from '../resources/load-resources.ts';

export type IncrementalBuilder = {
  /** Rereads the folders and rebuilds: only new or changed files are parsed and only new or changed articles extracted. */
  rebuild(previous: Bundle | null): { bundle: Bundle; update: Omit<BundleUpdate, 'bundleUrl' | 'at'> };
};

/**
 * A bundle builder that remembers, between rebuilds, each file's reading (by size and modification time)
 * and each article's extraction (by id, publication date and text). Clustering and the outlet comparison
 * are corpus-wide and run again on every rebuild; they are a small part of the time.
 */
export function incrementalBuilder(inputs: string[], dataDir: string): IncrementalBuilder {
  const dirs = inputs.map((d) => resolve(d));
  let resources: PipelineResources | null = null;
  const inputCache = new Map<string, CachedInput>();
  let extractions = new Map<string, ReturnType<typeof extractArticle>>();
  return {
    rebuild(previous) {
      resources ??= compileResources(loadResourceData(resolve(dataDir), dirs));
      const today = new Date().toISOString().slice(0, 10);
      const merged = mergeCorpora(dirs.map((dir) => ({ dir, reading: readCorpus(dir, today, { inputCache }) })));
      if ('error' in merged) throw new Error(merged.error);
      const used = new Map<string, ReturnType<typeof extractArticle>>();
      const extract: ArticleExtractor = (input, res) => {
        const key = `${input.id}\u0000${input.published ?? ''}\u0000${createHash('sha1').update(input.text).digest('hex')}`;
        const result = extractions.get(key) ?? extractArticle(input, res);
        used.set(key, result);
        return result;
      };
      const { bundle, report } = buildBundle(merged.corpus, resources, undefined, extract);
      extractions = used; // forget what no article needs any more
      const changes = changesBetween(previous, bundle);
      // Every skipped file, and the warnings about the files that are new or changed (not the whole corpus's again).
      const touched = new Set([...changes.added, ...changes.changed].map((a) => a.id));
      const files = merged.corpus.files.filter((f) => touched.has(f.id)).map((f) => `${f.file}: `);
      const problems = [
        ...report.rejected.map((r) => `${r.file}: ${r.reason}`),
        ...report.warnings.filter((w) => files.some((f) => w.startsWith(f) || w.includes(` ${f}`))),
      ];
      return {
        bundle,
        update: { ...changes, problems, articles: bundle.articles.length, events: bundle.events.length },
      };
    },
  };
}

function changesBetween(previous: Bundle | null, next: Bundle): Pick<BundleUpdate, 'added' | 'changed' | 'removed'> {
  const before = new Map((previous?.articles ?? []).map((a) => [a.id, a]));
  const outlets = new Map(next.outlets.map((o) => [o.id, o.name]));
  const named = (a: Bundle['articles'][number]): UpdatedArticle => ({
    id: a.id,
    title: a.title,
    outlet: outlets.get(a.outletId) ?? a.outletId,
  });
  const added = next.articles.filter((a) => !before.has(a.id)).map(named);
  const changed = next.articles.filter((a) => before.has(a.id) && before.get(a.id)!.text !== a.text).map(named);
  const ids = new Set(next.articles.map((a) => a.id));
  const removed = [...before.keys()].filter((id) => !ids.has(id));
  return { added, changed, removed };
}
