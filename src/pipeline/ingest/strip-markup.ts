/** Plain text from an article that came as HTML or Markdown, and which it was. */
export type Stripped = { text: string; markup: 'html' | 'markdown' | null };

const HTML_TAGS = /<\/?(?:html|head|body|p|div|span|br|a|script|style|h[1-6]|article|section|ul|ol|li|strong|em|b|i|img|figure|figcaption|header|footer|nav|table|tr|td|blockquote)\b[^>]*>/gi;
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|article|section|ul|ol|li|figure|figcaption|header|footer|table|tr|blockquote)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/**
 * Turns HTML or Markdown into the plain text a reader sees: scripts, styles and tags go, block tags become
 * line breaks, entities are decoded; Markdown loses its heading marks, emphasis, link targets and list
 * bullets. The bundle stores this text, so every offset points at what the reader is shown. Plain text
 * comes back unchanged.
 */
export function stripMarkup(text: string): Stripped {
  if ((text.match(HTML_TAGS) ?? []).length >= 2) return { text: stripHtml(text), markup: 'html' };
  if (looksLikeMarkdown(text)) return { text: stripMarkdown(text), markup: 'markdown' };
  return { text, markup: null };
}

function stripHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => decodeEntity(code) ?? whole)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntity(code: string): string | undefined {
  if (code[0] === '#') {
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : undefined;
  }
  return ENTITIES[code.toLowerCase()];
}

const MARKDOWN_SIGNS = [/^#{1,6} \S/m, /\[[^\]\n]+\]\([^)\s]+\)/, /^\s*[-*+] \S/m, /\*\*[^*\n]+\*\*/, /^```/m, /^> \S/m];

function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_SIGNS.filter((re) => re.test(text)).length >= 2;
}

function stripMarkdown(md: string): string {
  return md
    .replace(/^```.*$/gm, '')
    .replace(/^#{1,6} +/gm, '')
    .replace(/^> ?/gm, '')
    .replace(/^[ \t]*[-*+] +/gm, '')
    .replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1');
}
