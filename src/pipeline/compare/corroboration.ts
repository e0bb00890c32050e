import type { Cluster, Reuse } from '../../model/bundle-schema.ts';

/** What corroboration needs to know about a report and its article. */
export type ReportContext = {
  articleId: string;
  outletId: string;
  published: string | null;
  evidence: { start: number; end: number };
};

type Passage = { start: number; end: number; otherArticleId: string; reuse: Reuse };
type Derivation = Cluster['derived'][number];
/** A possible source of a report, with the report it came from, to pick the earliest. */
type Source = { derivation: Derivation; from: ReportContext };

/**
 * Which outlets of each cluster are independent sources. A report is derived from another outlet when
 * its evidence sentence lies inside a reuse passage shared with an article of that outlet which also
 * reported the cluster, and that article comes first: earlier publication, or on the same or an unknown
 * date the alphabetically first outlet (undated articles count as latest). The order is strict, so a chain
 * (C copies B copies A) leaves exactly A. An outlet is derived when all its reports in the cluster are.
 */
export function corroborate(
  clusters: Cluster[],
  reportOf: (eventId: string) => ReportContext,
  reuse: Reuse[],
): Cluster[] {
  const passages = passagesByArticle(reuse);
  return clusters.map((cluster) => {
    // One outlet is independent by definition: most clusters stop here.
    if (cluster.outletIds.length < 2) return { ...cluster, independentOutletIds: cluster.outletIds, derived: [] };
    const reports = cluster.eventIds.map(reportOf);
    const articles = new Map(reports.map((r) => [r.articleId, r]));
    const derivedByOutlet = new Map<string, Source[]>();
    const independentReport = new Set<string>();
    for (const report of reports) {
      const sources = sourcesOf(report, passages.get(report.articleId) ?? [], articles);
      if (sources.length === 0) independentReport.add(report.outletId);
      else {
        // Appended in place: a cluster can hold hundreds of one outlet's reports, and a copy per report made it quadratic.
        const list = derivedByOutlet.get(report.outletId);
        if (list) for (const source of sources) list.push(source);
        else derivedByOutlet.set(report.outletId, sources);
      }
    }
    const derived = [...derivedByOutlet.entries()]
      .filter(([outletId]) => !independentReport.has(outletId))
      // Name the earliest source: in a chain C copies B copies A, C's text came from A at the origin.
      .map(([, sources]) => earliestSource(sources).derivation)
      .sort((x, y) => x.outletId.localeCompare(y.outletId));
    const derivedIds = new Set(derived.map((d) => d.outletId));
    return { ...cluster, independentOutletIds: cluster.outletIds.filter((id) => !derivedIds.has(id)), derived };
  });
}

/**
 * The first source in the order of `comesFirst`, then of reuse id (a scan for the least, not a sort: sources that
 * tie in both orders name the same outlets and passage, so which of them is taken does not show).
 */
function earliestSource(sources: Source[]): Source {
  let best = sources[0]!;
  for (let i = 1; i < sources.length; i++) {
    const x = sources[i]!;
    if (
      comesFirst(x.from, best.from) ||
      (!comesFirst(best.from, x.from) && x.derivation.reuseId.localeCompare(best.derivation.reuseId) < 0)
    )
      best = x;
  }
  return best;
}

function sourcesOf(report: ReportContext, passages: Passage[], clusterArticles: Map<string, ReportContext>): Source[] {
  const sources: Source[] = [];
  for (const p of passages) {
    if (report.evidence.start < p.start || report.evidence.end > p.end) continue;
    const other = clusterArticles.get(p.otherArticleId);
    if (!other || other.outletId === report.outletId || !comesFirst(other, report)) continue;
    sources.push({
      derivation: { outletId: report.outletId, fromOutletId: other.outletId, reuseId: p.reuse.id },
      from: other,
    });
  }
  return sources;
}

/** Strict order of reports: publication date (unknown = latest), then outlet, then article. */
function comesFirst(x: ReportContext, y: ReportContext): boolean {
  const dx = x.published ?? '9999-12-31';
  const dy = y.published ?? '9999-12-31';
  if (dx !== dy) return dx < dy;
  if (x.outletId !== y.outletId) return x.outletId < y.outletId;
  return x.articleId < y.articleId;
}

function passagesByArticle(reuse: Reuse[]): Map<string, Passage[]> {
  const byArticle = new Map<string, Passage[]>();
  const add = (articleId: string, passage: Passage) => {
    const list = byArticle.get(articleId);
    if (list) list.push(passage);
    else byArticle.set(articleId, [passage]);
  };
  for (const r of reuse) {
    add(r.a.articleId, { start: r.a.start, end: r.a.end, otherArticleId: r.b.articleId, reuse: r });
    add(r.b.articleId, { start: r.b.start, end: r.b.end, otherArticleId: r.a.articleId, reuse: r });
  }
  return byArticle;
}
