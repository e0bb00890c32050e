import { type ArticleMetadata, emptyMetadata, offer, outletFromUrl } from './article-metadata.ts';

/** The part of a DOM document the metadata reader needs (linkedom's and the browser's both fit). */
type PageDocument = {
  querySelectorAll(selector: string): Iterable<PageElement>;
  querySelector(selector: string): PageElement | null;
};
type PageElement = { getAttribute(name: string): string | null; textContent: string | null };

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

/**
 * Outlet, publication date, title, author and canonical URL as the page declares them, most trusted first:
 * schema.org JSON-LD (`NewsArticle` and kin), then Open Graph and `article:` properties, then plain meta
 * tags, `<link rel="canonical">` and `<title>`; the outlet falls back to the site's domain. Each value
 * records where it came from.
 */
export function readPageMetadata(doc: PageDocument, fallbackUrl?: string | null): ArticleMetadata {
  const meta = emptyMetadata();
  const article = jsonLdArticle(doc);
  if (article) {
    offer(meta, 'title', text(article.headline) ?? text(article.name), 'JSON-LD headline');
    offer(meta, 'published', text(article.datePublished) ?? text(article.dateCreated), 'JSON-LD datePublished');
    offer(meta, 'author', names(article.author), 'JSON-LD author');
    offer(meta, 'outlet', names(article.publisher), 'JSON-LD publisher');
    offer(meta, 'url', text(article.url) ?? idOf(article.mainEntityOfPage), 'JSON-LD url');
  }
  // One pass over the meta tags (a selector per property was a measurable share of reading a page).
  const metaTags = new Map<string, string>();
  for (const tag of doc.querySelectorAll('meta')) {
    const key = (
      tag.getAttribute('property') ??
      tag.getAttribute('name') ??
      tag.getAttribute('itemprop')
    )?.toLowerCase();
    const content = tag.getAttribute('content');
    if (key && content && !metaTags.has(key)) metaTags.set(key, content);
  }
  const property = (name: string) => metaTags.get(name.toLowerCase()) ?? null;
  offer(meta, 'title', property('og:title'), 'Open Graph og:title');
  offer(meta, 'published', property('article:published_time'), 'meta article:published_time');
  offer(meta, 'outlet', property('og:site_name'), 'Open Graph og:site_name');
  offer(meta, 'author', property('article:author') ?? property('author'), 'meta author');
  offer(meta, 'url', attribute(doc, 'link[rel="canonical"]', 'href'), 'link rel=canonical');
  offer(meta, 'url', property('og:url'), 'Open Graph og:url');
  for (const name of [
    'date',
    'pubdate',
    'publishdate',
    'dc.date',
    'dc.date.issued',
    'DC.date.issued',
    'parsely-pub-date',
    'sailthru.date',
  ])
    offer(meta, 'published', property(name), `meta ${name}`);
  offer(
    meta,
    'published',
    // A meta tag's itemprop is in the one pass above; a <time itemprop> carries it as datetime.
    property('datePublished') ?? attribute(doc, '[itemprop="datePublished"]', 'datetime'),
    'microdata datePublished',
  );
  offer(meta, 'published', attribute(doc, 'article time[datetime], time[pubdate]', 'datetime'), 'time element');
  offer(meta, 'title', doc.querySelector('title')?.textContent, 'title element');
  offer(meta, 'url', fallbackUrl, 'address the page was fetched from');
  if (meta.url && !meta.outlet) offer(meta, 'outlet', outletFromUrl(meta.url), 'domain of the URL');
  if (meta.title && meta.outlet) meta.title = withoutSiteSuffix(meta.title, meta.outlet);
  return meta;
}

type JsonObject = Record<string, unknown>;

/**
 * The article's text as its JSON-LD `articleBody` gives it, split into paragraphs: the story of a page that
 * renders its body with script (an empty shell to Readability). Null when the page has none.
 */
export function jsonLdArticleBody(doc: PageDocument): string[] | null {
  const body = text(jsonLdArticle(doc)?.articleBody);
  if (!body) return null;
  const paragraphs = body
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  return paragraphs.length > 0 ? paragraphs : null;
}

/** The first schema.org article object in the page's JSON-LD blocks (inside `@graph` or arrays too). */
function jsonLdArticle(doc: PageDocument): JsonObject | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is common; the other sources still count
    }
    const found = flatten(parsed).find((o) => types(o).some((t) => ARTICLE_TYPES.has(t)));
    if (found) return found;
  }
  return null;
}

function flatten(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!value || typeof value !== 'object') return [];
  const object = value as JsonObject;
  return [object, ...flatten(object['@graph'])];
}

const types = (o: JsonObject): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const idOf = (v: unknown): string | null =>
  text(v) ?? (v && typeof v === 'object' ? text((v as JsonObject)['@id']) : null);

/** "A", {name: "A"} or a list of them, as one "A, B". */
function names(v: unknown): string | null {
  const list = [v].flat().map((x) => text(x) ?? (x && typeof x === 'object' ? text((x as JsonObject).name) : null));
  const joined = list.filter((x): x is string => !!x && x.trim().length > 0).join(', ');
  return joined || null;
}

function attribute(doc: PageDocument, selector: string, name: string): string | null {
  return doc.querySelector(selector)?.getAttribute(name) ?? null;
}

/** "Talks resume in Doha | The Daily Example" gives "Talks resume in Doha" when the outlet is that site. */
function withoutSiteSuffix(title: string, outlet: string): string {
  const separators = [...title.matchAll(/\s+[|–—-]\s+/g)];
  const last = separators.at(-1);
  if (!last || last.index === undefined) return title;
  const tail = title.slice(last.index + last[0].length).toLowerCase();
  const site = outlet.toLowerCase();
  return tail === site || site.includes(tail) || tail.includes(site) ? title.slice(0, last.index) : title;
}
