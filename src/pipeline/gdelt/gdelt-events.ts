import type { DiplomaticEvent } from '../../model/bundle-schema.ts';
import type { PloverMapping } from '../resources/cameo/cameo-to-plover.ts';
import { ploverOf } from '../resources/cameo/cameo-to-plover.ts';
import { unmappedReason } from './cameo-types.ts';
import { type GdeltRow, isoDayOf } from './export-rows.ts';
import { domainOf } from './gdelt-sources.ts';
import type { ActorResolver } from './gdelt-actors.ts';

/** An imported event; `clusterId` is empty until clusters are made. */
export type GdeltEvent = DiplomaticEvent;

/** Why an event was not imported, for the summary. */
export const NO_ACTORS = 'no Actor1 and no Actor2';
export const NO_SOURCE_URL = 'SOURCEURL is not an http(s) address';

/** The modality cue every GDELT event carries: GDELT codes what its articles report as having happened. */
export const GDELT_MODALITY_CUE = 'coded by GDELT';

const NO_SPAN = { text: '', start: 0, end: 0 };

/** The row's PLOVER type and mode, or why the row is not imported. */
export function ploverOfRow(row: GdeltRow, table: Map<string, PloverMapping>): PloverMapping | { skipped: string } {
  if (!row.actor1 && !row.actor2) return { skipped: NO_ACTORS };
  if (!domainOf(row.sourceUrl)) return { skipped: NO_SOURCE_URL };
  return ploverOf(row.eventCode, table) ?? { skipped: unmappedReason(row.eventCode) };
}

/** The event a row codes, in the article of its SOURCEURL; its cluster is set once clusters are made. */
export function eventOfRow(row: GdeltRow, plover: PloverMapping, articleId: string, actors: ActorResolver): GdeltEvent {
  return {
    id: `gdelt-e${row.globalEventId}`,
    articleId,
    type: plover.type,
    mode: plover.mode,
    date: isoDayOf(row.sqlDate),
    datePrecision: 'day',
    dateBasis: 'GDELT SQLDATE',
    dateSpan: null,
    modality: 'occurred',
    modalityCue: GDELT_MODALITY_CUE,
    source: row.actor1 ? [actors.idOf(row.actor1)] : [],
    target: row.actor2 ? [actors.idOf(row.actor2)] : [],
    actorSpans: [],
    actorLabels: [],
    // AvgTone is positive minus negative words per hundred, over every document that mentions the event.
    tone: { score: round(row.avgTone, 2), comparative: round(row.avgTone / 100, 4), terms: [] },
    location: row.actionGeo?.fullName ?? null,
    evidence: NO_SPAN,
    trigger: NO_SPAN,
    // GDELT gives no confidence; the middle of the scale says nothing either way (the app does not show it).
    confidence: 0.5,
    coder: 'gdelt',
    clusterId: '',
  };
}

/** GDELT writes AvgTone to 14 decimals; two say all a reader can use and keep the bundle small. */
function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
