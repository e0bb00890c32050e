import type { BundleMetadata } from './column-layout.ts';

/**
 * What the column checks (validateColumns) and the index arrays need of the metadata: its sizes, the outlet
 * ids, each article's outlet and fiction flag. The page parses and checks the metadata while the bundle
 * worker fetches the file, and sends the worker these instead of the worker parsing it again.
 */
export type MetadataFacts = {
  articles: number;
  actors: number;
  reuse: number;
  outletIds: string[];
  /** Each article's outlet: the index in outletIds of the first outlet with its id, -1 when none has it. */
  articleOutlet: Int32Array;
  /** 1 for each fiction article. */
  articleFiction: Uint8Array;
};

/** The facts of checked metadata. */
export function metadataFacts(metadata: BundleMetadata): MetadataFacts {
  const outletIds = metadata.outlets.map((o) => o.id);
  const firstOutlet = new Map<string, number>();
  outletIds.forEach((id, i) => {
    if (!firstOutlet.has(id)) firstOutlet.set(id, i);
  });
  const { articles } = metadata;
  const articleOutlet = new Int32Array(articles.length);
  const articleFiction = new Uint8Array(articles.length);
  for (let i = 0; i < articles.length; i++) {
    articleOutlet[i] = firstOutlet.get(articles[i]!.outletId) ?? -1;
    articleFiction[i] = articles[i]!.fiction ? 1 : 0;
  }
  return {
    articles: articles.length,
    actors: metadata.actors.length,
    reuse: metadata.reuse.length,
    outletIds,
    articleOutlet,
    articleFiction,
  };
}
