import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMetadata } from './article-metadata.ts';
import { offer } from './article-metadata.ts';
import { jsonLdArticleBody, readPageMetadata } from './page-metadata.ts';

/** A news page read into its body text (what the reader is shown and evidence points into) and metadata. */
export type HtmlArticle = { text: string; meta: ArticleMetadata; notes: string[] };

/** Block elements whose text becomes one paragraph of the article. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, dd';
/** Inside the body but not the story: captions, asides, embedded "read more" and share boxes. */
const NOT_STORY =
  'figure, figcaption, aside, nav, footer, form, button, script, style, noscript, template, iframe, svg';
/** Short lines that are page furniture when they stand alone: "Read more:", "Advertisement", a byline. */
const FURNITURE =
  /^(?:advertisement|read more\b.*|related\b.*|share( this)?( article)?|sign up\b.*|subscribe\b.*|by [\p{Lu}][^.!?]{0,80}|(?:published|updated|first published)\b.{0,60})$/iu;

/**
 * Reads a saved page: metadata from the whole page (JSON-LD, Open Graph, meta tags), then the story with
 * Mozilla's Readability, so navigation, cookie banners, related links and comments are left out. The
 * headline, byline and date line are kept apart from the body (as title, author and published), and
 * captions are dropped: none of them is a sentence of the story.
 */
export function readHtmlArticle(html: string, fetchedFrom?: string | null): HtmlArticle | { reason: string } {
  const { document } = parseHTML(withoutHeavyBlocks(html));
  const meta = readPageMetadata(document, fetchedFrom);
  // Read before Readability, which removes the page's scripts (JSON-LD blocks among them) as it works.
  const fromJsonLd = jsonLdArticleBody(document);
  // The content comes back as the element itself, not serialised: walking it saves a second parse.
  // JSON-LD is read by readPageMetadata already; classes are never looked at.
  const options = { charThreshold: 200, serializer: (el: Node) => el, disableJSONLD: true, keepClasses: true };
  const parsed = new Readability<Node>(document as unknown as Document, options).parse();
  const notes: string[] = [];
  const content = parsed?.content as unknown as ParentNode | null | undefined;
  const found = content ? blockParagraphs(content) : fallbackParagraphs(html);
  // A page that renders its story with script is a shell to Readability, which then finds the banners and
  // footer: the publisher's own JSON-LD articleBody wins when it is much longer than what was found.
  const useJsonLd = fromJsonLd !== null && length(fromJsonLd) > 2 * length(found);
  const paragraphs = useJsonLd ? fromJsonLd : found;
  if (useJsonLd) notes.push('story read from the page’s JSON-LD articleBody');
  else if (!content) notes.push('no article body recognised: paragraphs of the whole page were read');
  offer(meta, 'title', parsed?.title, 'Readability title');
  offer(meta, 'author', bylineName(parsed?.byline), 'Readability byline');
  offer(meta, 'outlet', parsed?.siteName, 'Readability site name');
  const body = dropRepeats(paragraphs, meta);
  if (body.length === 0) return { reason: 'no story text in the page' };
  return { text: body.join('\n\n'), meta, notes };
}

/**
 * Scripts (except JSON-LD, which holds the metadata), styles, inline SVG, templates, frames, navigation,
 * asides and buttons removed before the page is parsed: on real news pages they are most of the bytes, and
 * none of them is the story (Readability would drop them after paying to parse them). Forms stay: some
 * sites wrap the whole page in one.
 */
function withoutHeavyBlocks(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg|noscript|template|iframe|select|nav|aside|button)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const length = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);

/** Plain paragraphs of an HTML fragment (a feed item's or an export record's body). */
export function htmlFragmentText(html: string): string {
  const paragraphs = storyParagraphs(html);
  if (paragraphs.length > 0) return paragraphs.join('\n\n');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

function storyParagraphs(contentHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  return blockParagraphs(document.body);
}

/** The text of each block element under `root`, leaving out captions, asides and other non-story parts. */
function blockParagraphs(root: ParentNode): string[] {
  for (const el of [...root.querySelectorAll(NOT_STORY)]) el.remove();
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    // A list item or quote that holds paragraphs is read through them, not twice.
    if (el.querySelector(BLOCKS)) continue;
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line.length > 0) out.push(line);
  }
  return out;
}

/** When Readability finds no article (a very short page), the page's own paragraphs outside its furniture. */
function fallbackParagraphs(html: string): string[] {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(`${NOT_STORY}, header`)]) el.remove();
  const root = document.querySelector('article, main, [role="main"]') ?? document.body;
  if (!root) return [];
  return [...root.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
}

/** Drops the headline, byline, date line and page furniture where they reappear as the body's first lines. */
function dropRepeats(paragraphs: string[], meta: ArticleMetadata): string[] {
  const same = (a: string | undefined, b: string) => !!a && a.toLowerCase() === b.toLowerCase();
  return paragraphs.filter((p) => {
    if (same(meta.title, p) || same(meta.author, p)) return false;
    const words = p.split(' ').length;
    return !(words <= 14 && FURNITURE.test(p));
  });
}

/** "By Jane Roe, Diplomatic Correspondent" gives "Jane Roe". */
function bylineName(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const name = byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*[,|•·]\s*|\s+(?:in|for)\s+/)[0]
    ?.trim();
  return name && name.length <= 80 ? name : null;
}
