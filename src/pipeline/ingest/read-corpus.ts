import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticleBytes } from './decode-text.ts';
import { type ManifestReading, readManifest } from './manifest.ts';

/** An article file read from disk, decoded, with its manifest entry if any. */
export type CorpusFile = { id: string; file: string; text: string; notes: string[] };

/** A file that could not be used, and why. */
export type Rejection = { file: string; reason: string };

/** The corpus on disk: readable articles, rejected files, and the manifest reading. */
export type CorpusReading = { files: CorpusFile[]; rejected: Rejection[]; manifest: ManifestReading };

/** Reads every .txt file of `dir` (sorted by name) and its manifest.json; one bad file never stops the rest. */
export function readCorpus(dir: string, today: string): CorpusReading {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = existsSync(manifestPath)
    ? readManifest(readFileSync(manifestPath, 'utf8'), today)
    : { entries: new Map(), fiction: false, problems: ['no manifest.json: outlets and dates are inferred from the texts'] };
  const files: CorpusFile[] = [];
  const rejected: Rejection[] = [];
  const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  for (const name of names) {
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
      const decoded = decodeArticleBytes(readFileSync(path));
      if ('reason' in decoded) rejected.push({ file: name, reason: decoded.reason });
      else files.push({ id: name.replace(/\.txt$/i, ''), file: name, text: decoded.text, notes: decoded.notes });
    } catch (error) {
      rejected.push({ file: name, reason: `cannot be read: ${(error as Error).message}` });
    }
  }
  for (const file of manifest.entries.keys()) {
    if (!names.includes(file)) manifest.problems.push(`manifest names "${file}", which is not in ${dir}`);
  }
  return { files, rejected, manifest };
}
