import { QueryClient, queryOptions, useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoadedBundle } from '../model/columns/loaded-bundle.ts';
import { besideBundle } from '../model/columns/bundle-files.ts';
import type { TextShard, TextShardIndex } from '../model/columns/column-layout.ts';
import { BundleLoadError } from './bundle-load-error.ts';

// A columnar bundle comes without its article texts (its articles' `text` is empty): they sit in shards
// beside bundle.arrow and load when a view needs one (the article reader, a quotation's sentence). A
// bundle read from JSON has its texts inline.

/** Where a bundle's texts are; `generation` tells the shards of a bundle rebuilt in watch mode from the last ones. */
type ShardSource = { bundleUrl: string; files: string[]; shardOf: () => Map<string, number>; generation: number };

let generations = 0;

const shardSources = new WeakMap<LoadedBundle, ShardSource>();

/**
 * The shards' own query client: the views that read texts then need no provider around them (as in their
 * unit tests). A shard is fetched once per loaded bundle (watch mode's rebuilds load a new one).
 */
const shardClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });

/** Records where the texts of a bundle loaded from columns are. */
export function registerTextShards(bundle: LoadedBundle, bundleUrl: string, texts: TextShardIndex): void {
  // Made when a view first asks for a text, not during the load (230,000 entries at a million events).
  let byId: Map<string, number> | undefined;
  const shardOf = () => (byId ??= new Map(bundle.articles.map((a, i) => [a.id, texts.shardOfArticle[i]!])));
  shardSources.set(bundle, { bundleUrl, files: texts.files, shardOf, generation: ++generations });
}

/** True when the bundle's article texts are inline (a JSON bundle), false when they load from shards. */
export function hasInlineTexts(bundle: LoadedBundle): boolean {
  return !shardSources.has(bundle);
}

async function fetchShard(url: string): Promise<TextShard> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new BundleLoadError(`The article texts at ${url} are missing (HTTP ${response.status}).`);
  return (await response.json()) as TextShard;
}

const shardQuery = ({ url, generation }: { url: string; generation: number }) =>
  queryOptions({ queryKey: ['text-shard', url, generation], queryFn: () => fetchShard(url) });

/** The shard addresses holding the given articles' texts; none for a bundle with inline texts. */
function shardUrls(bundle: LoadedBundle, articleIds: readonly string[]): { url: string; generation: number }[] {
  const source = shardSources.get(bundle);
  if (!source) return [];
  const shardOf = source.shardOf();
  const shards = new Set(articleIds.map((id) => shardOf.get(id)).filter((s) => s !== undefined));
  return [...shards]
    .sort((a, b) => a - b)
    .map((s) => ({ url: besideBundle(source.bundleUrl, source.files[s]!), generation: source.generation }));
}

/**
 * The texts of the given articles, loading their shards when the bundle has them apart; undefined while
 * a shard is loading. Articles of a JSON bundle answer at once.
 */
export function useArticleTexts(bundle: LoadedBundle, articleIds: readonly string[]): Map<string, string> | undefined {
  const shards = useQueries(
    {
      queries: shardUrls(bundle, articleIds).map(shardQuery),
      combine: (results) => (results.every((r) => r.data) ? results.map((r) => r.data!) : undefined),
    },
    shardClient,
  );
  return useMemo(() => textsOf(bundle, articleIds, shards), [bundle, articleIds, shards]);
}

function textsOf(
  bundle: LoadedBundle,
  articleIds: readonly string[],
  shards: TextShard[] | undefined,
): Map<string, string> | undefined {
  const wanted = new Set(articleIds);
  if (hasInlineTexts(bundle))
    return new Map(bundle.articles.filter((a) => wanted.has(a.id)).map((a) => [a.id, a.text]));
  if (!shards) return undefined;
  const texts = new Map<string, string>();
  for (const shard of shards) for (const id of wanted) if (id in shard.articles) texts.set(id, shard.articles[id]!);
  return texts;
}
