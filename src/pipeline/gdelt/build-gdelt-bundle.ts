import { type Bundle, type DiplomaticEvent, parseBundle, SCHEMA_VERSION } from '../../model/bundle-schema.ts';
import { surveyActorNames } from './actor-names.ts';
import { type GdeltRow, type MalformedRow, parseGdeltExport } from './export-rows.ts';
import { actorResolver } from './gdelt-actors.ts';
import { clusterGdeltEvents } from './gdelt-clusters.ts';
import { compareGdeltOutlets } from './gdelt-comparison.ts';
import { eventOfRow, ploverOfRow } from './gdelt-events.ts';
import type { PloverMapping } from '../resources/cameo/cameo-to-plover.ts';
import { gdeltPlaces } from './gdelt-places.ts';
import type { GdeltResources } from './gdelt-resources.ts';
import { gdeltSources } from './gdelt-sources.ts';

/** One export file's name and text. */
export type GdeltExport = { file: string; text: string };

/** What happened to the rows on the way into the bundle. */
export type GdeltImportReport = {
  files: number;
  rows: number;
  events: number;
  /** Rows not imported, by reason ("no Actor1 and no Actor2", "CAMEO 01x ..."), largest first. */
  skipped: [reason: string, count: number][];
  malformed: (MalformedRow & { file: string })[];
  articles: number;
  outlets: number;
  actors: number;
  clusters: number;
  /** Clusters told by more than one outlet. */
  multiOutletClusters: number;
  places: number;
};

export const DUPLICATE_EVENT = 'GLOBALEVENTID seen before (the same export given twice)';

/** Builds and validates a bundle from GDELT 2.0 event exports: a pure function of its inputs. */
export function buildGdeltBundle(
  exports: GdeltExport[],
  resources: GdeltResources,
): { bundle: Bundle; report: GdeltImportReport } {
  const { rows, malformed } = readExports(exports);
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const actors = actorResolver(resources.actors, surveyActorNames(rows));
  const kept: { row: GdeltRow; plover: PloverMapping }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.globalEventId)) {
      skip(DUPLICATE_EVENT);
      continue;
    }
    seen.add(row.globalEventId);
    const plover = ploverOfRow(row, resources.cameo);
    if ('skipped' in plover) skip(plover.skipped);
    else kept.push({ row, plover });
  }
  const keptRows = kept.map((k) => k.row);
  const sources = gdeltSources(keptRows, resources.outlets);
  const events = kept
    .map(({ row, plover }) => eventOfRow(row, plover, sources.articleIdOf.get(row.sourceUrl)!, actors))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articleById = new Map(sources.articles.map((a) => [a.id, a]));
  const { clusters, clusterOf } = clusterGdeltEvents(events, (e) => articleById.get(e.articleId)!);
  // Set in place: a copy of every event costs a second set of 100,000 objects.
  for (const e of events) e.clusterId = clusterOf.get(e.id)!;
  const finalEvents: DiplomaticEvent[] = events;
  const compared = compareGdeltOutlets(sources.articles, finalEvents, clusters, resources.loadedTerms);
  const actorIds = new Set(finalEvents.flatMap((e) => [...e.source, ...e.target]));
  const bundle: Bundle = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: null,
    articles: sources.articles,
    outlets: sources.outlets,
    actors: actors.actorsFor(actorIds).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    events: finalEvents,
    quotes: [],
    clusters: compared.clusters,
    loadedTerms: compared.loadedTerms,
    reuse: compared.reuse,
    analysis: compared.analysis,
    places: gdeltPlaces(keptRows, resources.stateOfName),
  };
  const checked = parseBundle(bundle);
  if (!checked.ok) throw new Error(`the GDELT bundle failed its own schema: ${checked.problems.join('; ')}`);
  const report: GdeltImportReport = {
    files: exports.length,
    rows: rows.length,
    events: finalEvents.length,
    skipped: [...skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    malformed,
    articles: bundle.articles.length,
    outlets: bundle.outlets.length,
    actors: bundle.actors.length,
    clusters: bundle.clusters.length,
    multiOutletClusters: bundle.clusters.filter((c) => c.outletIds.length > 1).length,
    places: bundle.places?.length ?? 0,
  };
  return { bundle, report };
}

/** All rows of all exports, in the order given; malformed rows listed with their file. */
function readExports(exports: GdeltExport[]): { rows: GdeltRow[]; malformed: GdeltImportReport['malformed'] } {
  const rows: GdeltRow[] = [];
  const malformed: GdeltImportReport['malformed'] = [];
  for (const { file, text } of exports) {
    const parsed = parseGdeltExport(text);
    for (const row of parsed.rows) rows.push(row);
    for (const m of parsed.malformed) malformed.push({ ...m, file });
  }
  return { rows, malformed };
}
