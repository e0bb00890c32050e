import {
  type Actor,
  type Article,
  type Bundle,
  type DiplomaticEvent,
  parseBundle,
  type Quote,
  SCHEMA_VERSION,
} from '../../model/bundle-schema.ts';
import { toBundleActor } from '../actors/gazetteer.ts';
import { type ComparisonInputs, compareOutlets } from '../compare/compare-outlets.ts';
import { clusterEvents, partyResolver } from '../cluster/cluster-events.ts';
import { placeKeys } from '../cluster/place-keys.ts';
import { type ExtractedEvent } from '../events/event-records.ts';
import type { CorpusReading } from '../ingest/read-corpus.ts';
import { locateEventPlaces } from '../places/locate-places.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { describeCorpus } from './describe-articles.ts';
import { type ArticleExtractor, type MappedArticle, mapArticle } from './map-article.ts';

export type { ArticleExtractor } from './map-article.ts';

/** What happened to the corpus on the way into the bundle, for the CLI summary. */
export type BuildReport = {
  articlesRead: number;
  rejected: { file: string; reason: string }[];
  warnings: string[];
  events: number;
  clusters: number;
  quotes: number;
  loadedTerms: number;
  reusePassages: number;
  unresolvedNames: string[];
};

/** Optional hook called after each article, for progress reporting. */
export type ProgressHook = (done: number, total: number, words: number) => void;

/** What the reading of the corpus reports besides its articles: files skipped and warnings, in order. */
export type CorpusNotes = { rejected: BuildReport['rejected']; warnings: string[] };

/**
 * Builds and validates the bundle from a read corpus: a pure function of its inputs. It is the map-reduce of
 * the other routes run in one process: each article described and mapped in corpus order, then reduced.
 */
export function buildBundle(
  corpus: CorpusReading,
  resources: PipelineResources,
  onProgress?: ProgressHook,
  extract?: ArticleExtractor,
): { bundle: Bundle; report: BuildReport } {
  const { lines, warnings } = describeCorpus(corpus, resources);
  let words = 0;
  const mapped = lines.map((line, i) => {
    const result = mapArticle(line, resources, extract);
    words += line.article.wordCount;
    onProgress?.(i + 1, lines.length, words);
    return result;
  });
  return reduceArticles(mapped, { rejected: corpus.rejected, warnings }, resources);
}

/**
 * The corpus-wide step: clusters reports of one event, compares outlets, gathers actors and places, and
 * validates the bundle. Articles are taken in corpus order (`order`, then id), whatever order they arrive in;
 * an article mapped twice is an error, not a double count.
 */
export function reduceArticles(
  arrived: MappedArticle[],
  notes: CorpusNotes,
  resources: PipelineResources,
): { bundle: Bundle; report: BuildReport } {
  const mapped = inCorpusOrder(arrived);
  const articles: Article[] = [];
  const events: ExtractedEvent[] = [];
  const quotes: Quote[] = [];
  const unresolved = new Map<string, string>();
  const inferred = new Map<string, Actor>();
  const outletNames = new Map<string, string>();
  const comparison: ComparisonInputs = { loadedTerms: [], reuseUnits: [], sentencesWithQuotes: new Map() };
  for (const m of mapped) {
    articles.push(m.article);
    if (!outletNames.has(m.article.outletId)) outletNames.set(m.article.outletId, m.outletName);
    // Not push(...events): a 20 MB article yields more events than a call's arguments may hold.
    for (const e of m.events) events.push(e);
    for (const q of m.quotes) quotes.push(q);
    for (const term of m.loadedTerms) comparison.loadedTerms.push(term);
    for (const unit of m.reuseUnits) comparison.reuseUnits.push(unit);
    if (m.sentenceBounds) comparison.sentencesWithQuotes.set(m.article.id, m.sentenceBounds);
    for (const [id, name] of m.unresolved) if (!unresolved.has(id)) unresolved.set(id, name);
    // The first article that introduced a person gives the record, whatever the worker count.
    for (const [id, actor] of m.inferred) if (!inferred.has(id)) inferred.set(id, actor);
  }
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  // A state and its leader, envoy or army are one party when reports are compared (`cluster/parties.ts`).
  const parties = partyResolver(
    (id) => resources.gazetteer.actors.get(id) ?? inferred.get(id),
    resources.stateByCountry,
  );
  const placeOf = placeKeys(resources.locatePlace);
  const { clusters, clusterOf } = clusterEvents(
    events,
    (e) => {
      const a = byArticle.get(e.articleId)!;
      return { published: a.published, outletId: a.outletId, place: placeOf(e.location) };
    },
    parties,
  );
  const finalEvents: DiplomaticEvent[] = events.map((e) => ({ ...e, clusterId: clusterOf.get(e.id)! }));
  const compared = compareOutlets(
    comparison,
    { articles: byArticle, events: finalEvents, quotes, clusters },
    resources,
  );
  const bundle: Bundle = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: null,
    articles: sortById(articles),
    outlets: sortById([...outletNames].map(([id, name]) => ({ id, name }))),
    actors: collectActors(finalEvents, quotes, unresolved, inferred, resources),
    events: sortById(finalEvents),
    quotes: sortById(compared.quotes),
    clusters: compared.clusters,
    loadedTerms: compared.loadedTerms,
    reuse: compared.reuse,
    analysis: compared.analysis,
    places: locateEventPlaces(finalEvents, resources.locatePlace),
  };
  const checked = parseBundle(bundle);
  if (!checked.ok) throw new Error(`the bundle failed its own schema: ${checked.problems.join('; ')}`);
  const report: BuildReport = {
    articlesRead: articles.length,
    rejected: notes.rejected,
    warnings: notes.warnings,
    events: finalEvents.length,
    clusters: clusters.length,
    quotes: quotes.length,
    loadedTerms: compared.loadedTerms.length,
    reusePassages: compared.reuse.length,
    unresolvedNames: [...unresolved.values()].sort(),
  };
  return { bundle, report };
}

function collectActors(
  events: DiplomaticEvent[],
  quotes: Quote[],
  unresolved: Map<string, string>,
  inferred: Map<string, Actor>,
  resources: PipelineResources,
): Actor[] {
  const ids = new Set<string>();
  for (const e of events) for (const id of [...e.source, ...e.target]) ids.add(id);
  for (const q of quotes) if (q.speakerId) ids.add(q.speakerId);
  // Affiliations come along so the app can collapse people into their state.
  for (const id of [...ids]) {
    const affiliation = (resources.gazetteer.actors.get(id) ?? inferred.get(id))?.affiliation;
    if (affiliation && resources.gazetteer.actors.has(affiliation)) ids.add(affiliation);
  }
  const actors: Actor[] = [...ids].map((id) => {
    const known = resources.gazetteer.actors.get(id);
    if (known) return toBundleActor(known);
    const person = inferred.get(id);
    if (person) return person;
    return {
      id,
      name: unresolved.get(id) ?? id,
      kind: 'other',
      country: null,
      aliases: [],
      affiliation: null,
      resolved: false,
    };
  });
  return sortById(actors);
}

/** Articles sorted by their place in the corpus, then id; fails on an article that arrived twice. */
function inCorpusOrder(arrived: MappedArticle[]): MappedArticle[] {
  const sorted = [...arrived].sort((a, b) => a.order - b.order || compareIds(a.article.id, b.article.id));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.article.id === sorted[i - 1]!.article.id)
      throw new Error(`article "${sorted[i]!.article.id}" was mapped twice; each article must be reduced once`);
  return sorted;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareIds(a.id, b.id));
}
