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
      if (other !== undefined) return { error: `article id "${file.id}" is in both ${other} and ${dir}; ids must be unique across --input folders (rename one file)` };
      home.set(file.id, dir);
    }
  const merged: CorpusReading = { files: [], rejected: [], manifest: { entries: new Map(), fiction: false, problems: [] } };
  for (const { dir, reading } of corpora) {
    for (const file of reading.files) merged.files.push({ ...file, fiction: file.fiction ?? reading.manifest.fiction });
    for (const r of reading.rejected) merged.rejected.push({ file: `${dir}/${r.file}`, reason: r.reason });
    // The folder goes last: the CLI's --strict counts problems that start with "manifest".
    for (const problem of reading.manifest.problems) merged.manifest.problems.push(`${problem} (${dir})`);
    for (const [file, entry] of reading.manifest.entries) if (home.get(file.replace(/\.txt$/i, '')) === dir) merged.manifest.entries.set(file, entry);
  }
  merged.files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { corpus: merged };
}
