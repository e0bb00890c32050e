import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compileResources, type PipelineResources, type ResourceData } from '../resources/load-resources.ts';

// Every node of a distributed run must extract with the same dictionaries as the process that read the
// corpus, including a corpus folder's own gazetteer.json and places.json, which other machines do not have.
// So the reading process takes a snapshot of the dictionaries as plain data; the JSON-lines route ships it
// as a file, the queue stores it in Redis under its hash.

/** The dictionaries as one JSON document: the data the pipeline compiles, and the snapshot's format. */
export type DictionarySnapshot = { parleyDictionaries: 1; data: ResourceData };

/** Serialises the dictionaries; the same data gives the same text, so its hash names it. */
export function snapshotText(data: ResourceData): string {
  const snapshot: DictionarySnapshot = { parleyDictionaries: 1, data };
  return JSON.stringify(snapshot);
}

/** A short content hash of a snapshot's text. */
export function snapshotHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** Compiles the dictionaries of a snapshot's text; fails plainly on anything that is not one. */
export function compileSnapshot(text: string, origin: string): PipelineResources {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${origin} is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (!isSnapshot(parsed)) throw new Error(`${origin} is not a Parley dictionary snapshot (parleyDictionaries: 1)`);
  return compileResources(parsed.data);
}

/** Reads and compiles a snapshot file. */
export function compileSnapshotFile(path: string): PipelineResources {
  return compileSnapshot(readFileSync(path, 'utf8'), path);
}

function isSnapshot(value: unknown): value is DictionarySnapshot {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { parleyDictionaries?: unknown }).parleyDictionaries === 1 &&
    typeof (value as { data?: unknown }).data === 'object'
  );
}
