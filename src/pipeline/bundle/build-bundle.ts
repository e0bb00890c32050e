import { articleFields } from '../ingest/article-fields.ts';
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
import {
  type ComparisonInputs,
  newComparisonInputs,
  addArticleToComparison,
  compareOutlets,
} from '../compare/compare-outlets.ts';
import { clusterEvents, partyResolver } from '../cluster/cluster-events.ts';
import { type ExtractedEvent } from '../events/event-records.ts';
import { type ArticleExtraction, type ArticleInput, extractArticle } from '../events/extract-events.ts';
import { inferOutlet } from '../ingest/infer-outlet.ts';
import { locateEventPlaces } from '../places/locate-places.ts';
import type { CorpusReading } from '../ingest/read-corpus.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { slug } from '../text/slug.ts';

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

/** Extracts one article; called once per article, in corpus order (the worker pool passes results it already has). */
export type ArticleExtractor = (input: ArticleInput, resources: PipelineResources) => ArticleExtraction;

const UNKNOWN_OUTLET = 'Unknown outlet';

/** Builds and validates the bundle from a read corpus: a pure function of its inputs. */
export function buildBundle(
  corpus: CorpusReading,
  resources: PipelineResources,
  onProgress?: ProgressHook,
  extract: ArticleExtractor = extractArticle,
): { bundle: Bundle; report: BuildReport } {
  const warnings = [...corpus.manifest.problems];
  const knownOutlets = [...corpus.manifest.entries.values()].map((e) => e.outlet).filter((o): o is string => !!o);
  const articles: Article[] = [];
  const events: ExtractedEvent[] = [];
  const quotes: Quote[] = [];
  const unresolved = new Map<string, string>();
  const inferred = new Map<string, Actor>();
  const outletNames = new Map<string, string>();
  const comparison: ComparisonInputs = newComparisonInputs();
  let words = 0;
  corpus.files.forEach((file, i) => {
    const { article, outletName } = describeArticle(file, corpus, resources, knownOutlets, warnings);
    articles.push(article);
    if (!outletNames.has(article.outletId)) outletNames.set(article.outletId, outletName);
    const extraction = extract({ id: article.id, text: article.text, published: article.published }, resources);
    // Not push(...events): a 20 MB article yields more events than a call's arguments may hold.
    for (const e of extraction.events) events.push(e);
    extraction.quotes.forEach((q, n) => quotes.push({ ...q, id: `${article.id}#q${String(n + 1).padStart(3, '0')}` }));
    addArticleToComparison(comparison, article, extraction, resources);
    for (const [id, name] of extraction.unresolved) if (!unresolved.has(id)) unresolved.set(id, name);
    // The first article that introduced a person gives the record, whatever the worker count.
    for (const [id, actor] of extraction.inferred ?? []) if (!inferred.has(id)) inferred.set(id, actor);
    words += article.wordCount;
    onProgress?.(i + 1, corpus.files.length, words);
  });
  const byArticle = new Map(articles.map((a) => [a.id, a]));
  // A state and its leader, envoy or army are one party when reports are compared (`cluster/parties.ts`).
  const parties = partyResolver(
    (id) => resources.gazetteer.actors.get(id) ?? inferred.get(id),
    resources.stateByCountry,
  );
  const { clusters, clusterOf } = clusterEvents(
    events,
    (e) => {
      const a = byArticle.get(e.articleId)!;
      return { published: a.published, outletId: a.outletId };
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
    rejected: corpus.rejected,
    warnings,
    events: finalEvents.length,
    clusters: clusters.length,
    quotes: quotes.length,
    loadedTerms: compared.loadedTerms.length,
    reusePassages: compared.reuse.length,
    unresolvedNames: [...unresolved.values()].sort(),
  };
  return { bundle, report };
}

function describeArticle(
  file: CorpusReading['files'][number],
  corpus: CorpusReading,
  resources: PipelineResources,
  knownOutlets: string[],
  warnings: string[],
): { article: Article; outletName: string } {
  const entry = corpus.manifest.entries.get(file.file);
  const fields = articleFields(file, entry);
  const flags: string[] = [...file.notes];
  for (const note of file.notes) warnings.push(`${file.file}: ${note}`);
  warnings.push(...fields.problems);
  let outlet = fields.outlet;
  let outletBasis = entry ? `manifest${entry.basis ? `: ${entry.basis}` : ''}` : '';
  // The input's own metadata named the outlet (JSON-LD publisher, og:site_name, a feed's title, ...).
  if (outlet && fields.sources?.outlet && fields.sources.outlet !== 'manifest')
    outletBasis = `page metadata: ${fields.sources.outlet}`;
  if (!entry) flags.push('not-in-manifest');
  if (!outlet) {
    const inferred = inferOutlet(file.text, resources.outlets, knownOutlets);
    outlet = inferred?.name ?? UNKNOWN_OUTLET;
    outletBasis = inferred ? `inferred from the text: ${inferred.basis}` : 'no manifest entry and no credit line';
    flags.push(inferred ? 'outlet-inferred' : 'outlet-unknown');
  }
  const published = fields.published;
  if (!published) {
    flags.push('no-publication-date');
    warnings.push(`${file.file}: no publication date; relative dates stay unresolved`);
  }
  const article: Article = {
    id: file.id,
    outletId: slug(outlet),
    title: fields.title,
    url: fields.url,
    author: fields.author,
    published,
    outletBasis,
    flags,
    fiction: entry?.fiction ?? file.fiction ?? corpus.manifest.fiction,
    wordCount: countWords(file.text),
    text: file.text,
    ...(fields.sources ? { sources: fields.sources } : {}),
  };
  return { article, outletName: outlet };
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

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/**
 * The number of runs of letters and digits (as `text.match(/[\p{L}\p{N}]+/gu).length`, without building the
 * array of every word): ASCII characters are classed by comparison, the others by the regex, code point by code
 * point.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let isWordCharacter: boolean;
    if (c < 128) isWordCharacter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      const point = text.codePointAt(i)!;
      isWordCharacter = WORD_CHARACTER.test(String.fromCodePoint(point));
      if (point > 0xffff) i++;
    }
    if (isWordCharacter && !inWord) words++;
    inWord = isWordCharacter;
  }
  return words;
}

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
