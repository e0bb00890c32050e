import type { Article, Outlet } from '../../model/bundle-schema.ts';
import { nameForDomain } from '../ingest/infer-outlet.ts';
import type { OutletDirectory } from '../resources/resource-schemas.ts';
import { slug } from '../text/slug.ts';
import { type GdeltRow, isoDayOf } from './export-rows.ts';

/** The articles GDELT names (one per distinct SOURCEURL) and their outlets (one per web domain). */
export type GdeltSources = { articles: Article[]; outlets: Outlet[]; articleIdOf: Map<string, string> };

/** The web domain of a URL without "www.", or null when it is not an http(s) URL. */
export function domainOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * One article per distinct SOURCEURL, published on the earliest DATEADDED that cites it, its id made from the
 * smallest GLOBALEVENTID citing it (stable when more exports are added); its text is empty: GDELT keeps none.
 */
export function gdeltSources(rows: GdeltRow[], directory: OutletDirectory): GdeltSources {
  const byUrl = new Map<string, { firstEvent: string; dateAdded: string }>();
  for (const row of rows) {
    const seen = byUrl.get(row.sourceUrl);
    if (!seen) byUrl.set(row.sourceUrl, { firstEvent: row.globalEventId, dateAdded: row.dateAdded });
    else {
      if (Number(row.globalEventId) < Number(seen.firstEvent)) seen.firstEvent = row.globalEventId;
      if (row.dateAdded < seen.dateAdded) seen.dateAdded = row.dateAdded;
    }
  }
  const outletNames = new Map<string, string>();
  const articles: Article[] = [];
  const articleIdOf = new Map<string, string>();
  for (const [url, seen] of byUrl) {
    const name = nameForDomain(domainOf(url)!, directory, []);
    const outletId = slug(name);
    if (!outletNames.has(outletId)) outletNames.set(outletId, name);
    const id = `gdelt-${seen.firstEvent}`;
    articleIdOf.set(url, id);
    articles.push(articleOf(id, url, outletId, isoDayOf(seen.dateAdded)));
  }
  const outlets = [...outletNames].map(([id, name]) => ({ id, name }));
  return { articles: sortById(articles), outlets: sortById(outlets), articleIdOf };
}

function articleOf(id: string, url: string, outletId: string, published: string): Article {
  return {
    id,
    outletId,
    title: null,
    url,
    author: null,
    published,
    outletBasis: 'GDELT SOURCEURL domain',
    flags: ['coded-by-gdelt', 'no-text'],
    fiction: false,
    wordCount: 0,
    text: '',
  };
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
