import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type ArticleMetadata, emptyMetadata, offer } from './article-metadata.ts';

/** One feed item with its full text (still HTML as feeds carry it) and metadata. */
export type FeedItem = { html: string; meta: ArticleMetadata };

/** A feed's items that carry full text, and what was left out or could not be read. */
export type FeedReading = { items: FeedItem[]; problems: string[] };

/** An item whose text is shorter than this is a summary with a link (a sentence or two), not the article. */
const MIN_FULL_TEXT_WORDS = 40;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Item bodies are HTML: keep it as text rather than parsing it as XML.
  stopNodes: ['*.content:encoded', '*.description', '*.content', '*.summary'],
  processEntities: true,
  htmlEntities: true,
});

/** Whether the text is an RSS or Atom feed. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return (
    /<rss[\s>]/i.test(head) ||
    /<feed[^>]*xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(head) ||
    /<rdf:RDF/i.test(head)
  );
}

/**
 * Reads an RSS 2.0 or Atom feed. Items whose body is only a summary are left out (named as a problem); a
 * truncated or malformed feed keeps every complete item before the damage.
 */
export function readFeed(xml: string): FeedReading {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  const blocks = valid === true ? [xml] : completeItems(xml, problems);
  const outlet = feedTitle(xml);
  const items: FeedItem[] = [];
  let summaries = 0;
  for (const block of blocks) {
    for (const raw of itemsOf(parser.parse(block) as Record<string, unknown>)) {
      const item = toItem(raw, outlet);
      if (!item) continue;
      if (wordCount(item.html) < MIN_FULL_TEXT_WORDS) summaries++;
      else items.push(item);
    }
  }
  if (summaries > 0) problems.push(`${summaries} item(s) carry only a summary, not the article text: left out`);
  return { items, problems };
}

/** Complete <item> or <entry> elements of a damaged feed, each parsed on its own. */
function completeItems(xml: string, problems: string[]): string[] {
  const found = [...xml.matchAll(/<(item|entry)\b[\s\S]*?<\/\1>/g)].map(
    (m) => `<${m[1] === 'item' ? 'rss><channel' : 'feed'}>${m[0]}</${m[1] === 'item' ? 'channel></rss' : 'feed'}>`,
  );
  problems.push(`truncated or malformed feed: ${found.length} complete item(s) before the damage were read`);
  return found;
}

function feedTitle(xml: string): string | null {
  const title = /<(?:channel|feed)\b[^>]*>[\s\S]*?<title[^>]*>([\s\S]*?)<\/title>/i.exec(xml)?.[1];
  return title ? decodeCdata(title).trim() || null : null;
}

type Raw = Record<string, unknown>;

function itemsOf(doc: Raw): Raw[] {
  const rss = (doc.rss as Raw | undefined)?.channel as Raw | undefined;
  const rdf = doc['rdf:RDF'] as Raw | undefined;
  const atom = doc.feed as Raw | undefined;
  const list = rss?.item ?? rdf?.item ?? atom?.entry ?? [];
  return [list].flat().filter((x): x is Raw => !!x && typeof x === 'object');
}

function toItem(raw: Raw, outlet: string | null): FeedItem | null {
  const html = unescapeHtml(
    decodeCdata(str(raw['content:encoded']) ?? str(raw.content) ?? str(raw.description) ?? str(raw.summary) ?? ''),
  );
  if (html.trim().length === 0) return null;
  const meta = emptyMetadata();
  offer(meta, 'title', decodeCdata(str(raw.title) ?? ''), 'feed item title');
  offer(meta, 'url', linkOf(raw.link) ?? str(raw.guid), 'feed item link');
  offer(
    meta,
    'published',
    str(raw.pubDate) ?? str(raw.published) ?? str(raw['dc:date']) ?? str(raw.updated),
    'feed item date',
  );
  offer(
    meta,
    'author',
    str(raw['dc:creator']) ?? str(raw.author) ?? str((raw.author as Raw | undefined)?.name),
    'feed item author',
  );
  offer(meta, 'outlet', outlet, 'feed title');
  return { html, meta };
}

/** Text of a parsed node: a string, or the text of a node that also had attributes. */
function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return str((v as Raw)['#text']);
  return null;
}

/** An RSS link is text; an Atom link is an element with href (the "alternate" one when there are several). */
function linkOf(v: unknown): string | null {
  const links = [v].flat();
  const alternate = links.find(
    (l) => l && typeof l === 'object' && ((l as Raw)['@_rel'] ?? 'alternate') === 'alternate',
  );
  const chosen = alternate ?? links[0];
  if (chosen && typeof chosen === 'object' && '@_href' in chosen) return str((chosen as Raw)['@_href']);
  return str(chosen);
}

const decodeCdata = (s: string) => s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');

/** Feeds often escape the HTML of a body (`&lt;p&gt;`) instead of wrapping it in CDATA. */
function unescapeHtml(s: string): string {
  if (!/&lt;\/?[a-z]/i.test(s) || /<[a-z]/i.test(s)) return s;
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const wordCount = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
