import type { Bundle, DiplomaticEvent, PloverType } from '../../model/bundle-schema.ts';
import { TYPE_FAMILY } from '../../model/type-family.ts';
import { buildBundle } from '../bundle/build-bundle.ts';
import type { CorpusReading } from '../ingest/read-corpus.ts';
import type { PipelineResources } from '../resources/load-resources.ts';
import { MUTUAL_TYPES, nameMatches } from './cases-eval.ts';

/** One short article of a cluster case: its outlet, publication day and text. */
export type CaseArticle = { id: string; outlet: string; published: string; text: string };

/**
 * How one article reports a gold event: the type it should carry and the names it gives the parties; for a
 * directed type (not CONSULT, AGREE or COOPERATE) with two names or more, the first is the one that acts.
 */
export type GoldReport = { article: string; type: PloverType; actors: string[] };

/**
 * One real-world event and every article of the story that reports it; `key` names the event across stories
 * when another story tells it too (the whole fixture is one corpus, so those reports should join).
 */
export type GoldEvent = { id: string; key?: string; description: string; reports: GoldReport[] };

/** One line of `data/eval/cluster-cases.jsonl`: a story told by several outlets, and its events. */
export type ClusterCase = { id: string; conflict: string; articles: CaseArticle[]; events: GoldEvent[] };

/** A gold report and the clusters of the extracted events that match it (empty when none was extracted). */
export type FoundReport = { caseId: string; event: string; report: GoldReport; clusters: string[]; labels: string[] };

/** Pairwise join counts and whole-event joins. */
export type ClusterScore = {
  reports: number;
  found: number;
  goldPairs: number;
  joinedGoldPairs: number;
  joinedPairs: number;
  falseJoins: [FoundReport, FoundReport][];
  multiOutletEvents: number;
  fullyJoinedEvents: number;
  precision: number;
  recall: number;
  f1: number;
};

/** The cases as one in-memory corpus, each article with its manifest line, as `npm run extract` would read it. */
export function casesCorpus(cases: ClusterCase[]): CorpusReading {
  const files = cases.flatMap((c) =>
    c.articles.map((a) => ({ id: a.id, file: `${a.id}.txt`, text: a.text, notes: [] })),
  );
  const entries = new Map(
    cases.flatMap((c) =>
      c.articles.map((a) => [`${a.id}.txt`, { file: `${a.id}.txt`, outlet: a.outlet, published: a.published }]),
    ),
  );
  return { files, rejected: [], manifest: { entries, fiction: false, problems: [] } };
}

/** Runs the real pipeline over every case at once (so events of different stories may wrongly join) and scores it. */
export function evaluateClusters(
  cases: ClusterCase[],
  resources: PipelineResources,
): { found: FoundReport[]; score: ClusterScore } {
  const { bundle } = buildBundle(casesCorpus(cases), resources);
  const found = cases.flatMap((c) =>
    c.events.flatMap((g) => g.reports.map((r) => findReport(bundle, c.id, g.key ?? `${c.id}/${g.id}`, r))),
  );
  return { found, score: scoreReports(found, cases) };
}

/** The extracted events of the report's article in the report's type family whose actors include every name given. */
function findReport(bundle: Bundle, caseId: string, event: string, report: GoldReport): FoundReport {
  const records = new Map(bundle.actors.map((a) => [a.id, a]));
  // A state's army or other sector agent ("Pakistani troops") reports for the state the gold names.
  const namesOf = (e: DiplomaticEvent, id: string): string[] => {
    const actor = records.get(id);
    const state = actor?.sector && actor.affiliation ? records.get(actor.affiliation) : undefined;
    return [
      ...(actor ? [actor.name, ...actor.aliases] : [id]),
      ...(state ? [state.name, ...state.aliases] : []),
      ...e.actorSpans.filter((s) => s.actorId === id).map((s) => s.text),
    ];
  };
  const named = (n: string, e: DiplomaticEvent, ids: string[]) => ids.some((id) => nameMatches(n, namesOf(e, id)));
  const [first, ...rest] = report.actors;
  const directed = !MUTUAL_TYPES.has(report.type) && rest.length > 0;
  const matches = bundle.events.filter(
    (e) =>
      e.articleId === report.article &&
      TYPE_FAMILY[e.type] === TYPE_FAMILY[report.type] &&
      (!directed || named(first!, e, e.source)) &&
      report.actors.every((n) => named(n, e, [...e.source, ...e.target])),
  );
  return {
    caseId,
    event,
    report,
    clusters: [...new Set(matches.map((e) => e.clusterId))].sort(),
    labels: matches.map(
      (e) => `${e.type} ${e.source.join('+')}>${e.target.join('+')} ${e.date ?? '-'}/${e.datePrecision} ${e.clusterId}`,
    ),
  };
}

const shareCluster = (a: FoundReport, b: FoundReport) => a.clusters.some((c) => b.clusters.includes(c));

/** Pairwise precision and recall of joins over the gold reports, and events joined across all their articles. */
export function scoreReports(found: FoundReport[], cases: ClusterCase[]): ClusterScore {
  let goldPairs = 0;
  let joinedGoldPairs = 0;
  let joinedPairs = 0;
  const falseJoins: [FoundReport, FoundReport][] = [];
  for (let i = 0; i < found.length; i++)
    for (let j = i + 1; j < found.length; j++) {
      const [a, b] = [found[i]!, found[j]!];
      if (a.report.article === b.report.article && a.event === b.event) continue;
      const gold = a.event === b.event;
      const joined = shareCluster(a, b);
      if (gold) goldPairs++;
      if (joined) joinedPairs++;
      if (gold && joined) joinedGoldPairs++;
      if (!gold && joined) falseJoins.push([a, b]);
    }
  const articlesOf = new Map<string, Set<string>>();
  for (const c of cases)
    for (const g of c.events) {
      const id = g.key ?? `${c.id}/${g.id}`;
      articlesOf.set(id, new Set([...(articlesOf.get(id) ?? []), ...g.reports.map((r) => r.article)]));
    }
  const events = [...articlesOf].map(([id, articles]) => ({ id, articles }));
  const multi = events.filter((g) => g.articles.size > 1);
  const fully = multi.filter((g) => {
    const reports = found.filter((f) => f.event === g.id);
    return reports[0]!.clusters.some((c) => reports.every((r) => r.clusters.includes(c)));
  });
  const precision = joinedPairs === 0 ? 0 : (joinedPairs - falseJoins.length) / joinedPairs;
  const recall = goldPairs === 0 ? 0 : joinedGoldPairs / goldPairs;
  return {
    reports: found.length,
    found: found.filter((f) => f.clusters.length > 0).length,
    goldPairs,
    joinedGoldPairs,
    joinedPairs,
    falseJoins,
    multiOutletEvents: multi.length,
    fullyJoinedEvents: fully.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
