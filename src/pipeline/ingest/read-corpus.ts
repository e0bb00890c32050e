import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { ArticleMetadata } from './article-metadata.ts';
import { decodeArticleBytes } from './decode-text.ts';
import { nonEnglishLanguage } from './detect-language.ts';
import { dropDuplicates } from './duplicates.ts';
import { looksLikeFeed, readFeed } from './feed.ts';
import { htmlFragmentText, readHtmlArticle } from './html-article.ts';
import { detectInputKind, type InputKind, isIgnoredName, READABLE_EXTENSIONS } from './input-kind.ts';
import { type ManifestReading, readManifest } from './manifest.ts';
import { type FieldNames, readRecords } from './records.ts';
import { stripMarkup } from './strip-markup.ts';
import { readWarc } from './warc.ts';

/** An article read from disk, decoded, with what its input said about it. */
export type CorpusFile = {
  id: string;
  /** The file name, and for an article inside an archive, feed or export `name#n` (n from 1): the manifest's key. */
  file: string;
  text: string;
  notes: string[];
  /** Whether the file's folder declares its articles fiction, when folders are merged (see merge-corpora.ts). */
  fiction?: boolean;
  /** Outlet, date, title, author and URL as the input declares them (pages, archives, feeds, exports). */
  meta?: ArticleMetadata;
};

/** A file (or an article inside one) that could not be used, and why. */
export type Rejection = { file: string; reason: string };

/** The corpus on disk: readable articles, rejected files, and the manifest reading. */
export type CorpusReading = { files: CorpusFile[]; rejected: Rejection[]; manifest: ManifestReading };

export type ReadOptions = {
  /** Field names of the user's own for JSON and CSV exports (`--field text=body`). */
  fields?: FieldNames;
  /** Inputs larger than this are refused: a folder should not hold a disk image by mistake. */
  maxInputBytes?: number;
  /**
   * What earlier readings of each file gave, by path, reused while the file's size and modification time
   * are unchanged (watch mode rereads a folder on every change; a saved page costs milliseconds to parse).
   */
  inputCache?: Map<string, CachedInput>;
};

/** One file's reading, kept with the size and modification time it was read at. */
export type CachedInput = { size: number; mtimeMs: number; input: InputReading };
type InputReading = { candidates: Candidate[]; problems: string[] } | { reason: string };

export const DEFAULT_MAX_INPUT_BYTES = 512 * 1048576;
// Larger than any news article: still read, but flagged, since it is probably a dump of many pages.
const LARGE_ARTICLE_BYTES = 2 * 1048576;

/** One article's text as read, before the checks every article goes through. */
type Candidate = { suffix: string; text: string; notes: string[]; meta?: ArticleMetadata };

/**
 * Reads every article input of `dir` (sorted by name) and its optional manifest.json; one bad file never
 * stops the rest. Plain text and Markdown, saved pages, web archives, feeds and scraper exports may be
 * mixed. Links that lead out of the folder are refused, and duplicates are read once.
 */
export function readCorpus(dir: string, today: string, options: ReadOptions = {}): CorpusReading {
  const manifestPath = join(dir, 'manifest.json');
  const manifest: ManifestReading = existsSync(manifestPath)
    ? readManifest(readFileSync(manifestPath, 'utf8'), today)
    : { entries: new Map(), fiction: false, problems: [] };
  const files: CorpusFile[] = [];
  const rejected: Rejection[] = [];
  const home = realpathSync(dir);
  const names = readdirSync(dir)
    .filter((n) => !isIgnoredName(n))
    .sort();
  const ids = new Set<string>();
  for (const name of names) {
    const path = join(dir, name);
    try {
      const refusal = outsideFolder(path, home);
      if (refusal) {
        rejected.push({ file: name, reason: refusal });
        continue;
      }
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      const kind = detectInputKind(name, readHead(path));
      if (kind === null) {
        rejected.push({ file: name, reason: `not an input Parley reads (${READABLE_EXTENSIONS})` });
        continue;
      }
      const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
      if (stat.size > limit) {
        rejected.push({
          file: name,
          reason: `over the size limit (${mb(stat.size)} MB, limit ${mb(limit)} MB; raise it with --max-input-mb)`,
        });
        continue;
      }
      const input = cachedRead(path, stat, options.inputCache, () => readInput(kind, readFileSync(path), options));
      if ('reason' in input) {
        rejected.push({ file: name, reason: input.reason });
        continue;
      }
      const { candidates, problems } = input;
      // The input was read, perhaps only in part: what went wrong is a warning, not a refusal.
      for (const problem of problems) manifest.problems.push(`${name}: ${problem}`);
      const base = name.replace(/\.warc\.gz$/i, '').replace(/\.[^.]+$/, '');
      for (const candidate of candidates) {
        const id = `${base}${candidate.suffix ? `-${candidate.suffix}` : ''}`;
        const file = candidate.suffix ? `${name}#${Number(candidate.suffix)}` : name;
        // "a.txt" and "a.html" would share an id, and their events would share ids too.
        if (ids.has(id)) {
          rejected.push({ file, reason: `another file already has the id "${id}"` });
          continue;
        }
        ids.add(id);
        const checked = checkArticle(candidate, today);
        if ('reason' in checked) rejected.push({ file, reason: checked.reason });
        else files.push({ id, file, ...checked });
      }
    } catch (error) {
      rejected.push({ file: name, reason: `cannot be read: ${(error as Error).message}` });
    }
  }
  if (!existsSync(manifestPath) && (files.length === 0 || files.some((f) => !f.meta?.outlet || !f.meta.published)))
    manifest.problems.unshift('no manifest.json: outlets and dates are inferred from the texts');
  const kept = dropDuplicates(files);
  rejected.push(...kept.duplicates);
  const present = new Set(kept.files.map((f) => f.file));
  for (const file of manifest.entries.keys()) {
    if (!present.has(file) && !kept.duplicates.some((d) => d.file === file))
      manifest.problems.push(`manifest names "${file}", which is not in ${dir}`);
  }
  return { files: kept.files, rejected, manifest };
}

function cachedRead(
  path: string,
  stat: { size: number; mtimeMs: number },
  cache: Map<string, CachedInput> | undefined,
  read: () => InputReading,
): InputReading {
  const hit = cache?.get(path);
  // Readings are never changed after they are made (checkArticle copies), so the cache hands out the same one.
  if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) return hit.input;
  const input = read();
  cache?.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, input });
  return input;
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

/** Why a folder entry reached through a symbolic link is refused (it leads outside the folder, or nowhere). */
function outsideFolder(path: string, home: string): string | null {
  if (!lstatSync(path).isSymbolicLink()) return null;
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    return 'a symbolic link to nothing (broken link)';
  }
  const rel = relative(home, target);
  return rel.startsWith('..') || isAbsolute(rel)
    ? 'a symbolic link to a file outside the corpus folder: not read'
    : null;
}

function readHead(path: string): Uint8Array {
  const head = new Uint8Array(2048);
  const fd = openSync(path, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The articles inside one input, by its kind, and the problems found reading it. */
function readInput(
  kind: InputKind,
  bytes: Buffer,
  options: ReadOptions,
): { candidates: Candidate[]; problems: string[] } | { reason: string } {
  if (kind === 'warc') return fromWarc(bytes);
  const decoded = decodeArticleBytes(bytes);
  if ('reason' in decoded) return decoded;
  const { text, notes } = decoded;
  if (kind === 'text') return { candidates: [fromText(text, notes, bytes.length)], problems: [] };
  if (kind === 'html') return fromHtml(text, notes);
  if (kind === 'feed' || looksLikeFeed(text)) return fromFeed(text);
  return fromRecords(text, kind, options.fields);
}

function fromText(text: string, notes: string[], size: number): Candidate {
  const stripped = stripMarkup(text);
  const all = stripped.markup
    ? [...notes, `${stripped.markup === 'html' ? 'HTML' : 'Markdown'} markup stripped`]
    : notes;
  if (size > LARGE_ARTICLE_BYTES) all.push(`very large for an article (${mb(size)} MB)`);
  return { suffix: '', text: stripped.text, notes: all };
}

function fromHtml(html: string, notes: string[]): { candidates: Candidate[]; problems: string[] } | { reason: string } {
  const page = readHtmlArticle(html);
  if ('reason' in page) return page;
  return {
    candidates: [{ suffix: '', text: page.text, notes: [...notes, ...page.notes], meta: page.meta }],
    problems: [],
  };
}

function fromWarc(bytes: Buffer): { candidates: Candidate[]; problems: string[] } {
  const archive = readWarc(bytes);
  const candidates: Candidate[] = [];
  const problems = [...archive.problems];
  archive.pages.forEach((page, i) => {
    const article = readHtmlArticle(page.html, page.url);
    if ('reason' in article) problems.push(`record for ${page.url ?? `page ${i + 1}`}: ${article.reason}`);
    else
      candidates.push({
        suffix: serial(i),
        text: article.text,
        notes: article.notes,
        meta: article.meta,
      });
  });
  return { candidates, problems };
}

function fromFeed(xml: string): { candidates: Candidate[]; problems: string[] } {
  const feed = readFeed(xml);
  return {
    candidates: feed.items.map((item, i) => ({
      suffix: serial(i),
      text: htmlFragmentText(item.html),
      notes: [],
      meta: item.meta,
    })),
    problems: feed.problems,
  };
}

function fromRecords(
  text: string,
  format: 'jsonl' | 'json' | 'csv',
  fields?: FieldNames,
): { candidates: Candidate[]; problems: string[] } {
  const reading = readRecords(text, format, fields);
  const candidates: Candidate[] = reading.records.map((r, i) => {
    const markup = /<(?:p|div|br|article)\b[^>]*>/i.test(r.text);
    return {
      suffix: serial(i),
      text: markup ? htmlFragmentText(r.text) : r.text.replace(/\r\n?/g, '\n').trim(),
      notes: [],
      meta: r.meta,
    };
  });
  return { candidates, problems: reading.problems };
}

/** Position inside a multi-article input, zero-padded so that ids sort in input order. */
const serial = (i: number) => String(i + 1).padStart(4, '0');

/** The checks every article passes: some text, English, a publication date that is not in the future. */
function checkArticle(
  c: Candidate,
  today: string,
): { text: string; notes: string[]; meta?: ArticleMetadata } | { reason: string } {
  if (c.text.trim().length === 0) return { reason: 'no text once the markup is removed' };
  const language = nonEnglishLanguage(c.text);
  if (language) return { reason: `written in another language (detected: ${language}); Parley reads English` };
  if (!c.meta) return { text: c.text, notes: c.notes };
  if (!c.meta.published || c.meta.published <= today) return { text: c.text, notes: c.notes, meta: c.meta };
  // A copy without the date: the candidate may sit in watch mode's cache and be read again.
  const { published, ...meta } = c.meta;
  const sources = { ...c.meta.sources };
  delete sources.published;
  const note = `the input's publication date ${published} is in the future; treated as unknown`;
  return { text: c.text, notes: [...c.notes, note], meta: { ...meta, sources } };
}
