import type { DiplomaticEvent, Modality } from '../model/bundle-schema.ts';
import { type NoSentence, noSentenceOf } from '../model/external-coders.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { CoverageRow } from './coverage.ts';
import { type Disagreement, disagreementOf, type Names } from './differences.ts';
import { eventHighlights, type Highlight } from './evidence.ts';
import { formatEventDate } from '../model/day-format.ts';

/** How one report named an actor: its label phrase, else the span that named it, else the gazetteer name. */
export type ActorLabel = { actorId: string; actor: string; label: string; basis: 'label' | 'mention' | 'name' };

/** One outlet's report of a cluster, with everything that shows how it was framed. */
export type FramingReport = {
  eventId: string;
  outletId: string;
  outlet: string;
  articleId: string;
  published: string | null;
  /** The trigger text: "hosted", "met", "pressed". */
  verb: string;
  labels: ActorLabel[];
  modality: Modality;
  modalityCue: string;
  date: string | null;
  datePrecision: string;
  /** The date as the app writes it, at its precision ("not stated" when the text gives none). */
  dateLabel: string;
  dateBasis: string;
  tone: { score: number; comparative: number; terms: { text: string; valence: number }[] };
  loadedTerms: { text: string; term: string; category: string }[];
  sentence: string;
  /** For an event imported from a coder (GDELT): the note shown instead of a sentence, with the article's link. */
  noSentence: NoSentence | null;
  /** Trigger, actor and loaded-term spans relative to the sentence. */
  highlights: Highlight[];
  /** Whether the report is one of those compared (passing the filters, from a compared outlet), as in Differences. */
  compared: boolean;
};

/** How the compared outlets' wording differs: framing choices, not disagreements on what happened. */
export type FramingDifferences = {
  verbs: string[] | null;
  /** Actors named differently, with each distinct label. */
  labels: { actor: string; labels: string[] }[];
  /** Modalities that differ without contradicting each other (a plan, then its outcome); null when they agree or contradict. */
  modalities: Modality[] | null;
};

/** A cluster's reports side by side, the wording differences and the disagreement (the same as Differences lists). */
export type Framing = {
  clusterId: string;
  type: string;
  date: string | null;
  dateLabel: string;
  reports: FramingReport[];
  differences: FramingDifferences;
  disagreement: Disagreement | null;
  /** When participants differ: the actors some compared outlets name and others do not (what to highlight). */
  namedBySome: string[];
  /** Outlets whose reports are compared. */
  comparedOutlets: number;
};

/**
 * The reports of one cluster, outlet by outlet (then by publication), with the differences in wording and the
 * disagreement between them. Every report is listed whatever the filters, but only those of `compared` (the
 * cluster's coverage row restricted to the compared outlets, or null when none of them reported it under the
 * filters) are compared, by the same function as the Differences tab: so Differences lists every
 * disagreement Framing shows.
 */
export function selectFraming(
  index: BundleIndex,
  clusterId: string,
  compared: CoverageRow | null,
  names?: Names,
): Framing | null {
  const c = index.clusterIndex.get(clusterId);
  if (c === undefined) return null;
  const cluster = index.bundle.clusters.at(c)!;
  const comparedIds = new Set(compared ? [...compared.cells.values()].flatMap((cell) => cell.eventIds) : []);
  const reports = [...index.clusterEventsOf(c)].map((i) => reportOf(index, i, comparedIds));
  reports.sort(
    (a, b) =>
      a.outlet.localeCompare(b.outlet) ||
      (a.published ?? '').localeCompare(b.published ?? '') ||
      a.eventId.localeCompare(b.eventId),
  );
  const disagreement = compared ? disagreementOf(compared, names) : null;
  return {
    clusterId,
    type: cluster.type,
    date: cluster.datePrecision === 'unknown' ? null : cluster.date,
    dateLabel: formatEventDate(cluster.date, cluster.datePrecision),
    reports,
    differences: differencesOf(
      reports.filter((r) => r.compared),
      disagreement,
    ),
    disagreement,
    namedBySome: disagreement?.kinds.includes('participants') ? namedBySome(reports.filter((r) => r.compared)) : [],
    comparedOutlets: compared?.outletCount ?? 0,
  };
}

/** Actor ids named in some outlets' reports and not in others' (each outlet's reports taken together). */
function namedBySome(reports: FramingReport[]): string[] {
  const byOutlet = new Map<string, Set<string>>();
  for (const r of reports) {
    const named = byOutlet.get(r.outletId) ?? new Set<string>();
    for (const l of r.labels) named.add(l.actorId);
    byOutlet.set(r.outletId, named);
  }
  const sets = [...byOutlet.values()];
  const all = new Set(sets.flatMap((s) => [...s]));
  return [...all].filter((id) => sets.some((s) => !s.has(id))).sort();
}

function reportOf(index: BundleIndex, i: number, compared: Set<string>): FramingReport {
  const e = index.events.at(i)!;
  const article = index.articles.get(e.articleId);
  const outletId = article?.outletId ?? '';
  const { highlights, terms } = eventHighlights(index, e);
  return {
    eventId: e.id,
    outletId,
    outlet: index.outletName.get(outletId) ?? outletId,
    articleId: e.articleId,
    published: article?.published ?? null,
    verb: e.trigger.text,
    labels: labelsOf(index, e),
    modality: e.modality,
    modalityCue: e.modalityCue,
    date: e.datePrecision === 'unknown' ? null : e.date,
    datePrecision: e.datePrecision,
    dateLabel: formatEventDate(e.date, e.datePrecision, 'not stated'),
    dateBasis: e.dateBasis,
    tone: {
      score: e.tone.score,
      comparative: e.tone.comparative,
      terms: e.tone.terms.map((t) => ({ text: t.text, valence: t.valence })),
    },
    loadedTerms: terms.map((t) => ({ text: t.text, term: t.term, category: t.category })),
    sentence: e.evidence.text,
    noSentence: noSentenceOf(e, article?.url ?? null),
    highlights,
    compared: compared.has(e.id),
  };
}

function labelsOf(index: BundleIndex, e: DiplomaticEvent): ActorLabel[] {
  return [...new Set([...e.source, ...e.target])].map((actorId) => {
    const actor = index.actorName.get(actorId) ?? actorId;
    const label = e.actorLabels.find((l) => l.actorId === actorId);
    if (label) return { actorId, actor, label: label.text, basis: 'label' };
    const mention = e.actorSpans.find((s) => s.actorId === actorId);
    if (mention) return { actorId, actor, label: mention.text, basis: 'mention' };
    return { actorId, actor, label: actor, basis: 'name' };
  });
}

/** Wording worth calling out: only across different outlets (one outlet repeating itself is not a difference). */
function differencesOf(reports: FramingReport[], disagreement: Disagreement | null): FramingDifferences {
  const outlets = new Set(reports.map((r) => r.outletId));
  const distinct = <T>(values: T[]): T[] | null => {
    const set = [...new Set(values)];
    return outlets.size > 1 && set.length > 1 ? set : null;
  };
  const byActor = new Map<string, { actor: string; labels: Set<string> }>();
  // A gazetteer name stands in where the sentence names nobody: it is not a label the outlet chose.
  for (const r of reports)
    for (const l of r.labels.filter((x) => x.basis !== 'name')) {
      const entry = byActor.get(l.actorId) ?? { actor: l.actor, labels: new Set<string>() };
      entry.labels.add(l.label);
      byActor.set(l.actorId, entry);
    }
  return {
    verbs: distinct(reports.map((r) => r.verb.toLowerCase())),
    labels:
      outlets.size > 1
        ? [...byActor.values()].filter((a) => a.labels.size > 1).map((a) => ({ actor: a.actor, labels: [...a.labels] }))
        : [],
    // Contradicting modalities are a disagreement, said once there; the rest is a difference in what each report could tell.
    modalities: disagreement?.kinds.includes('modality') ? null : distinct(reports.map((r) => r.modality)),
  };
}

/** A cluster to pick in the Framing tab. */
export type FramingChoice = {
  clusterId: string;
  date: string | null;
  dateLabel: string;
  type: string;
  label: string;
  outlets: number;
};

/**
 * Clusters with passing reports from two or more outlets, in date order, matching a search on actor
 * names or type; at most `limit` (the list is for picking, not for reading all 50,000). The rows are the
 * coverage matrix's (selectCoverage), which already knows each cluster's outlets under the filters.
 */
export function selectFramingChoices(
  index: BundleIndex,
  rows: readonly { clusterIndex: number; outletCount: number }[],
  query = '',
  limit = 100,
): { choices: FramingChoice[]; total: number } {
  const q = query.trim().toLowerCase();
  const choices: FramingChoice[] = [];
  let total = 0;
  for (const { clusterIndex, outletCount: outlets } of rows) {
    if (outlets < 2) continue;
    // With no search, rows past the limit are only counted: no label is built for them.
    if (!q && choices.length >= limit) {
      total++;
      continue;
    }
    const cluster = index.bundle.clusters.at(clusterIndex)!;
    const label = cluster.actorIds.map((id) => index.actorName.get(id) ?? id).join(', ');
    if (
      q &&
      !label.toLowerCase().includes(q) &&
      !cluster.type.toLowerCase().includes(q) &&
      !(cluster.date ?? '').includes(q)
    )
      continue;
    total++;
    if (choices.length < limit)
      choices.push({
        clusterId: cluster.id,
        date: cluster.datePrecision === 'unknown' ? null : cluster.date,
        dateLabel: formatEventDate(cluster.date, cluster.datePrecision),
        type: cluster.type,
        label,
        outlets,
      });
  }
  return { choices, total };
}
