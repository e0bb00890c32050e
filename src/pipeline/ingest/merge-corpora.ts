import { dropDuplicates } from './duplicates.ts';
import type { CorpusReading } from './read-corpus.ts';

/** One input folder as read, with the name it was given on the command line. */
export type NamedCorpus = { dir: string; reading: CorpusReading };

/**
 * Joins several input folders into one corpus. Each folder keeps its own manifest (entries are keyed by
 * file name, and a folder's `fiction` default stays with its files); an article id present in two folders
 * is an error, since event, quote and term ids are built from it.
 */
export function mergeCorpora(corpora: NamedCorpus[]): { corpus: CorpusReading } | { error: string } {
  if (corpora.length === 1) return { corpus: corpora[0]!.reading };
  const home = new Map<string, string>();
  for (const { dir, reading } of corpora)
    for (const file of reading.files) {
      const other = home.get(file.id);
      if (other !== undefined)
        return {
          error: `article id "${file.id}" is in both ${other} and ${dir}; ids must be unique across --input folders (rename one file)`,
        };
      home.set(file.id, dir);
    }
  const merged: CorpusReading = {
    files: [],
    rejected: [],
    manifest: { entries: new Map(), fiction: false, problems: [] },
  };
  for (const { dir, reading } of corpora) {
    for (const file of reading.files) merged.files.push({ ...file, fiction: file.fiction ?? reading.manifest.fiction });
    for (const r of reading.rejected) merged.rejected.push({ file: `${dir}/${r.file}`, reason: r.reason });
    // The folder goes last: the CLI's --strict counts problems that start with "manifest".
    for (const problem of reading.manifest.problems) merged.manifest.problems.push(`${problem} (${dir})`);
    const own = new Set(reading.files.filter((f) => home.get(f.id) === dir).map((f) => f.file));
    for (const [file, entry] of reading.manifest.entries) if (own.has(file)) merged.manifest.entries.set(file, entry);
  }
  merged.files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The same story in two folders is read once, as within one folder.
  const kept = dropDuplicates(merged.files);
  merged.files = kept.files;
  merged.rejected.push(...kept.duplicates);
  return { corpus: merged };
}
