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

/** Each event of `type` as "source>target" (parties joined by "+"), space-separated: one string per sentence. */
export function dyadLine(text: string, type: string, published: string | null = '2025-07-07'): string {
  return eventsOf(text, published)
    .filter((e) => e.type === type)
    .map((e) => `${e.source.join('+')}>${e.target.join('+')}`)
    .join(' ');
}

/** Each event as [type, source, target, modality]. */
export function typedEvents(text: string, published: string | null = '2025-07-07') {
  return eventsOf(text, published).map((e) => [e.type, e.source, e.target, e.modality] as const);
}

/** The date and precision of the first event of `type` in `sentence`; an error when there is none. */
export function dayOf(sentence: string, type: string, published: string | null = '2025-07-07') {
  const event = eventsOf(sentence, published).find((e) => e.type === type);
  if (!event) throw new Error(`no ${type} event in "${sentence}"`);
  return { date: event.date, precision: event.datePrecision };
}
