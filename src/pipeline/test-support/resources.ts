import { resolve } from 'node:path';
import { compileResources, loadResourceData, type PipelineResources } from '../resources/load-resources.ts';
import { extractArticle } from '../events/extract-events.ts';
import type { ExtractedEvent } from '../events/event-records.ts';

let cached: PipelineResources | null = null;

/** The project's real dictionaries, compiled once per test file. */
export function projectResources(): PipelineResources {
  cached ??= compileResources(loadResourceData(resolve(import.meta.dirname, '../../../data')));
  return cached;
}

/** Events extracted from a one-off text published on `published`, with the real dictionaries. */
export function eventsOf(text: string, published: string | null = '2025-07-07'): ExtractedEvent[] {
  return extractArticle({ id: 'test', text, published }, projectResources()).events;
}
