import type { Article, Bundle } from '../bundle-schema.ts';
import { positions } from './column-builders.ts';
import {
  type ArticleMeta,
  type BundleColumns,
  type BundleMetadata,
  COLUMN_LAYOUT_VERSION,
  type TextShard,
} from './column-layout.ts';
import {
  clusterOfColumns,
  clustersToColumns,
  quoteOfColumns,
  quotesToColumns,
  type ReferenceNames,
} from './cluster-quote-columns.ts';
import { DateCache, eventOfColumns, eventsToColumns } from './event-columns.ts';

/** Characters of article text per shard, about 2 MB: a shard loads in well under a second on a slow link. */
export const SHARD_CHARS = 2_000_000;

/** How shard files are named, from their number (`bundle.texts-0.json`). */
export type ShardNamer = (n: number) => string;

/** A bundle as columns, with its article texts cut into shards of about `shardChars` characters. */
export function bundleToColumns(
  bundle: Bundle,
  shardName: ShardNamer,
  shardChars = SHARD_CHARS,
): { columns: BundleColumns; shards: TextShard[] } {
  const { articles, events, clusters, quotes, ...rest } = bundle;
  const articleIndex = positions(articles.map((a) => a.id));
  const outletIndex = positions(bundle.outlets.map((o) => o.id));
  const lookups = {
    articles: articleIndex,
    actors: positions(bundle.actors.map((a) => a.id)),
    outlets: outletIndex,
    clusters: positions(clusters.map((c) => c.id)),
    events: positions(events.map((e) => e.id)),
    reuse: positions(bundle.reuse.map((r) => r.id)),
    outletOfArticle: Uint32Array.from(articles, (a) => outletIndex.get(a.outletId) ?? unknownOutlet(a)),
  };
  const { shards, shardOfArticle } = cutShards(articles, shardChars);
  const metadata: BundleMetadata = {
    ...rest,
    columnLayoutVersion: COLUMN_LAYOUT_VERSION,
    articles: articles.map(withoutText),
    texts: { files: shards.map((_, n) => shardName(n)), shardOfArticle },
  };
  return {
    columns: {
      metadata,
      events: eventsToColumns(events, lookups),
      clusters: clustersToColumns(clusters, lookups),
      quotes: quotesToColumns(quotes, lookups),
    },
    shards,
  };
}

function withoutText(article: Article): ArticleMeta {
  const meta: Partial<Article> = { ...article };
  delete meta.text;
  return meta as ArticleMeta;
}

/** The metadata's fields that are the bundle's own (not the layout's version, shard index or articles). */
export function bundleFieldsOf(
  metadata: BundleMetadata,
): Omit<BundleMetadata, 'columnLayoutVersion' | 'texts' | 'articles'> {
  const fields: Partial<BundleMetadata> = { ...metadata };
  delete fields.columnLayoutVersion;
  delete fields.texts;
  delete fields.articles;
  return fields as Omit<BundleMetadata, 'columnLayoutVersion' | 'texts' | 'articles'>;
}

function unknownOutlet(article: Article): never {
  throw new Error(`article "${article.id}": unknown outlet "${article.outletId}"`);
}

/** Articles in bundle order, a new shard whenever the current one would pass `shardChars`. */
function cutShards(
  articles: readonly Article[],
  shardChars: number,
): { shards: TextShard[]; shardOfArticle: number[] } {
  const shards: TextShard[] = [];
  const shardOfArticle: number[] = [];
  let chars = Infinity;
  for (const article of articles) {
    if (chars > 0 && chars + article.text.length > shardChars) {
      shards.push({ articles: {} });
      chars = 0;
    }
    shards[shards.length - 1]!.articles[article.id] = article.text;
    chars += article.text.length;
    shardOfArticle.push(shards.length - 1);
  }
  return { shards, shardOfArticle };
}

/**
 * The bundle the columns hold. `textOf` gives each article's text; without it (texts not loaded yet) an
 * article's text is the empty string.
 */
export function columnsToBundle(columns: BundleColumns, textOf: (id: string) => string = () => ''): Bundle {
  const rest = bundleFieldsOf(columns.metadata);
  const metas = columns.metadata.articles;
  const names = namesOfColumns(columns);
  const rows = <T>(count: number, row: (i: number) => T) => Array.from({ length: count }, (_, i) => row(i));
  const dates = new DateCache();
  return {
    ...rest,
    articles: metas.map((meta: ArticleMeta) => ({ ...meta, text: textOf(meta.id) })),
    events: rows(columns.events.id.length, (i) => eventOfColumns(columns.events, i, names, dates)),
    clusters: rows(columns.clusters.id.length, (i) => clusterOfColumns(columns.clusters, i, names)),
    quotes: rows(columns.quotes.id.length, (i) => quoteOfColumns(columns.quotes, i, names)),
  };
}

/** The ids the columns' indices stand for (articles, actors, outlets, clusters, events, reuse passages). */
export function namesOfColumns(columns: BundleColumns): ReferenceNames & { clusterIds: readonly string[] } {
  const { articles, actors, outlets, reuse } = columns.metadata;
  return {
    articleIds: articles.map((a) => a.id),
    actorIds: actors.map((a) => a.id),
    outletIds: outlets.map((o) => o.id),
    clusterIds: columns.clusters.id,
    eventIds: columns.events.id,
    reuseIds: reuse.map((r) => r.id),
  };
}

/** Every article's text from loaded shards, for columnsToBundle. */
export function textsOfShards(shards: readonly TextShard[]): (id: string) => string {
  const texts = new Map<string, string>();
  for (const shard of shards) for (const [id, text] of Object.entries(shard.articles)) texts.set(id, text);
  return (id) => texts.get(id) ?? '';
}
