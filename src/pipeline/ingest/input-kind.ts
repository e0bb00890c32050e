/** The kinds of input Parley reads, each with its own reader. */
export type InputKind = 'text' | 'html' | 'warc' | 'feed' | 'jsonl' | 'json' | 'csv';

/** What the README and the skip message list as readable. */
export const READABLE_EXTENSIONS =
  '.txt, .md, .html, .htm, .warc, .warc.gz, .xml/.rss/.atom feeds, .jsonl, .json, .csv';

const BY_EXTENSION: [RegExp, InputKind][] = [
  [/\.(?:txt|text)$/i, 'text'],
  [/\.(?:md|markdown)$/i, 'text'],
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.warc(?:\.gz)?$/i, 'warc'],
  [/\.(?:rss|atom|xml)$/i, 'feed'],
  [/\.(?:jsonl|ndjson)$/i, 'jsonl'],
  [/\.json$/i, 'json'],
  [/\.csv$/i, 'csv'],
];

/** Files in a corpus folder that are about the corpus, not articles in it (its manifest, own gazetteer and places). */
const NOT_ARTICLES =
  /^(?:manifest\.json|gazetteer\.json|places\.json|readme(?:\.\w+)?|licen[cs]e(?:\.\w+)?|notice(?:\.\w+)?|provenance(?:\.\w+)?)$/i;

/** Whether a folder entry is ignored without a word: hidden files and the corpus's own documents. */
export const isIgnoredName = (name: string) => name.startsWith('.') || NOT_ARTICLES.test(name);

/**
 * The kind of an input from its extension, corrected by its first bytes where they say otherwise (a page
 * saved as .txt is read as HTML, a feed saved as .txt as a feed); a file without a known extension is
 * recognised by its content alone. Null: not something Parley reads.
 */
export function detectInputKind(name: string, head: Uint8Array): InputKind | null {
  const byName = BY_EXTENSION.find(([re]) => re.test(name))?.[1] ?? null;
  if (head[0] === 0x1f && head[1] === 0x8b) return byName === 'warc' ? 'warc' : null;
  const start = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('WARC/')) return 'warc';
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(start) || /^<(?:rss|feed)\b/i.test(start))
    return 'feed';
  if (/^(?:<!doctype html|<html[\s>])/i.test(start)) return 'html';
  if (byName === 'feed') return null; // an .xml file that is not a feed
  return byName;
}
