import type { Article, Bundle, Cluster, DiplomaticEvent, Quote } from '../bundle-schema.ts';
import { bundleFieldsOf, bundleToColumns, namesOfColumns } from './bundle-columns.ts';
import type { BundleColumns } from './column-layout.ts';
import { clusterOfColumns, quoteOfColumns } from './cluster-quote-columns.ts';
import { DateCache, eventOfColumns } from './event-columns.ts';
import { LazyRows, type Rows } from './lazy-rows.ts';

/**
 * The bundle as the app holds it: the metadata as objects, the tables (events, clusters, quotations) as
 * columns, and each table's rows as objects made on first read. Filters and counts read the columns; a
 * view makes objects only for the rows it shows.
 */
export type LoadedBundle = Omit<Bundle, 'events' | 'clusters' | 'quotes'> & {
  columns: BundleColumns;
  events: Rows<DiplomaticEvent>;
  clusters: Rows<Cluster>;
  quotes: Rows<Quote>;
};

/**
 * The bundle the columns hold. Article texts are empty: they load from their shards when a view asks. The
 * metadata's article objects become the bundle's articles, given an empty text in place (the columns are
 * the bundle's own): a copy of each doubled 230,000 objects at a million events.
 */
export function loadedBundleOfColumns(columns: BundleColumns): LoadedBundle {
  const fields = bundleFieldsOf(columns.metadata);
  const articles = columns.metadata.articles as Article[];
  for (const article of articles) article.text = '';
  const names = namesOfColumns(columns);
  const dates = new DateCache();
  return {
    ...fields,
    articles,
    columns,
    events: new LazyRows(columns.events.id.length, (i) => eventOfColumns(columns.events, i, names, dates)),
    clusters: new LazyRows(columns.clusters.id.length, (i) => clusterOfColumns(columns.clusters, i, names)),
    quotes: new LazyRows(columns.quotes.id.length, (i) => quoteOfColumns(columns.quotes, i, names)),
  };
}

/**
 * A bundle read whole (the JSON bundle, a test's fixture) as the app holds it: its own objects as rows,
 * and its columns beside them. Article texts stay inline.
 */
export function loadedBundleOf(bundle: Bundle): LoadedBundle {
  return { ...bundle, columns: bundleToColumns(bundle, () => '').columns };
}
