import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticleBytes } from './decode-text.ts';
import { nonEnglishLanguage } from './detect-language.ts';
import { stripMarkup } from './strip-markup.ts';
import { type ManifestReading, readManifest } from './manifest.ts';

/** An article file read from disk, decoded, with its manifest entry if any. */
export type CorpusFile = {
  id: string;
  file: string;
  text: string;
  notes: string[];
  /** Whether the file's folder declares its articles fiction, when folders are merged (see merge-corpora.ts). */
  fiction?: boolean;
};

/** A file that could not be used, and why. */
export type Rejection = { file: string; reason: string };

/** The corpus on disk: readable articles, rejected files, and the manifest reading. */
export type CorpusReading = { files: CorpusFile[]; rejected: Rejection[]; manifest: ManifestReading };

/** Bytes to article text: decoded, markup stripped, English only. */
function readArticle(bytes: Uint8Array): { text: string; notes: string[] } | { reason: string } {
  const decoded = decodeArticleBytes(bytes);
  if ('reason' in decoded) return decoded;
  const stripped = stripMarkup(decoded.text);
  const notes = stripped.markup ? [...decoded.notes, `${stripped.markup === 'html' ? 'HTML' : 'Markdown'} markup stripped`] : decoded.notes;
  if (stripped.text.trim().length === 0) return { reason: 'no text once the markup is removed' };
  const language = nonEnglishLanguage(stripped.text);
  if (language) return { reason: `written in another language (detected: ${language}); Parley reads English` };
  if (bytes.length > LARGE_ARTICLE_BYTES) notes.push(`very large for an article (${(bytes.length / 1048576).toFixed(1)} MB)`);
  return { text: stripped.text, notes };
}

// Larger than any news article: still read, but flagged, since it is probably a dump of many pages.
const LARGE_ARTICLE_BYTES = 2 * 1048576;

/** Reads every .txt file of `dir` (sorted by name) and its manifest.json; one bad file never stops the rest. */
export function readCorpus(dir: string, today: string): CorpusReading {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = existsSync(manifestPath)
    ? readManifest(readFileSync(manifestPath, 'utf8'), today)
    : { entries: new Map(), fiction: false, problems: ['no manifest.json: outlets and dates are inferred from the texts'] };
  const files: CorpusFile[] = [];
  const rejected: Rejection[] = [];
  const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  const ids = new Set<string>();
  for (const name of names) {
    const path = join(dir, name);
    const id = name.replace(/\.txt$/i, '');
    // "a.txt" and "a.TXT" would share an id, and their events would share ids too.
    if (ids.has(id)) {
      rejected.push({ file: name, reason: `another file already has the id "${id}"` });
      continue;
    }
    ids.add(id);
    try {
      if (!statSync(path).isFile()) continue;
      const article = readArticle(readFileSync(path));
      if ('reason' in article) rejected.push({ file: name, reason: article.reason });
      else files.push({ id, file: name, text: article.text, notes: article.notes });
    } catch (error) {
      rejected.push({ file: name, reason: `cannot be read: ${(error as Error).message}` });
    }
  }
  const present = new Set(names);
  for (const file of manifest.entries.keys()) {
    if (!present.has(file)) manifest.problems.push(`manifest names "${file}", which is not in ${dir}`);
  }
  return { files, rejected, manifest };
}
