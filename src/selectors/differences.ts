import type { Modality } from '../model/bundle-schema.ts';
import { type NoSentence, noSentenceOf } from '../model/external-coders.ts';
import type { BundleIndex } from './bundle-index.ts';
import type { CoverageMatrix, CoverageRow } from './coverage.ts';
import { formatShortDate } from '../model/day-format.ts';

/** What the reports of one event disagree on. */
export type DisagreementKind = 'date' | 'modality' | 'participants';

/** Coverage differences worth calling out. */
export type CoverageDifferences = {
  /** Events only one outlet reported (when several outlets are in view). */
  exclusives: { row: CoverageRow; outletId: string }[];
  /** Per outlet: events at least two other outlets reported that it did not. */
  missed: { outletId: string; rows: CoverageRow[] }[];
  /** Events whose reports disagree on the day, the modality or who took part. */
  disagreements: { row: CoverageRow; reason: string; kinds: DisagreementKind[] }[];
};

/** Display names for the sentences of the differences (ids when not given). */
export type Names = { actor: (id: string) => string; outlet: (id: string) => string };

const IDS: Names = { actor: (id) => id, outlet: (id) => id };

/** Finds exclusives, misses and disagreements in a coverage matrix, from each row's outlet list and flags. */
export function selectDifferences(matrix: CoverageMatrix, names: Names = IDS): CoverageDifferences {
  const several = matrix.outlets.length > 1;
  const exclusives = several
    ? matrix.rows.filter((r) => r.outletCount === 1).map((row) => ({ row, outletId: row.cells.keys().next().value! }))
    : [];
  const shared = matrix.rows.filter((r) => r.outletCount >= 2);
  const missed = matrix.outlets
    .map((o) => ({ outletId: o.id, rows: shared.filter((r) => !r.hasOutlet(o.id)) }))
    .filter((m) => m.rows.length > 0);
  const disagreements: CoverageDifferences['disagreements'] = [];
  for (const row of matrix.rows) {
    const found = disagreementOf(row, names);
    if (found) disagreements.push({ row, ...found });
  }
  return { exclusives, missed, disagreements };
}

/** What the reports of one event disagree on: the kinds, and a sentence saying what they are. */
export type Disagreement = { reason: string; kinds: DisagreementKind[] };

/**
 * The one definition of a disagreement between outlets, for the Differences list and the Framing call-out
 * alike: computed over the row's reports (those passing the filters, from the outlets the row was restricted
 * to). Rows one outlet reported, or whose summary shows nothing to disagree on, are settled without building
 * cells (one outlet's two reports differing is its own inconsistency, not a difference between outlets).
 */
export function disagreementOf(row: CoverageRow, names: Names = IDS): Disagreement | null {
  if (row.outletCount < 2 || (!row.disagrees && row.sameParticipants() === true)) return null;
  return disagreementDetail(row, names);
}

const CONFLICTS: [Modality, Modality[], string][] = [
  ['denied', ['occurred', 'ongoing', 'planned'], 'reported as happening and as not happening'],
  ['hypothetical', ['planned'], 'reported as scheduled and as only possible'],
];

/** The kinds of disagreement of one event's reports, and a sentence saying what they are. Planned in an earlier report and occurred in a later one is not a disagreement. */
export function disagreementDetail(row: CoverageRow, names: Names = IDS): Disagreement | null {
  const cells = [...row.cells.values()];
  const reasons: string[] = [];
  const kinds: DisagreementKind[] = [];
  // Outlets disagree on the day when two of them give days with none in common: one outlet giving two days,
  // one of which another outlet shares, is its own inconsistency; a month or a week is not a day.
  const dated = cells.filter((c) => c.days.length > 0);
  const apart = dated.some((a) => dated.some((b) => b !== a && !a.days.some((d) => b.days.includes(d))));
  if (row.dayCount > 1 && apart) {
    reasons.push(`dates differ: ${[...new Set(dated.flatMap((c) => c.days))].sort().map(formatShortDate).join(' / ')}`);
    kinds.push('date');
  }
  for (const [one, others, words] of CONFLICTS)
    if (acrossOutlets(cells, [one], others)) {
      reasons.push(words);
      if (!kinds.includes('modality')) kinds.push('modality');
    }
  const participants = participantDifference(cells, names);
  if (participants) {
    reasons.push(participants);
    kinds.push('participants');
  }
  return reasons.length ? { reason: reasons.join('; '), kinds } : null;
}

/** Whether one outlet reports one of `these` and another outlet one of `those`. */
function acrossOutlets(cells: { modalities: Modality[] }[], these: Modality[], those: Modality[]): boolean {
  const has = (c: { modalities: Modality[] }, ms: Modality[]) => ms.some((m) => c.modalities.includes(m));
  return cells.some((a) => has(a, these) && cells.some((b) => b !== a && has(b, those)));
}

/** "participants differ: Vance named only by Wire", when the outlets name different sets of actors. */
function participantDifference(cells: { outletId: string; actorIds: string[] }[], names: Names): string | null {
  if (cells.length < 2) return null;
  const key = (c: { actorIds: string[] }) => c.actorIds.join('|');
  if (cells.every((c) => key(c) === key(cells[0]!))) return null;
  const all = [...new Set(cells.flatMap((c) => c.actorIds))];
  const partial = all
    .map((id) => ({ id, by: cells.filter((c) => c.actorIds.includes(id)).map((c) => c.outletId) }))
    .filter((a) => a.by.length < cells.length)
    .map((a) => `${names.actor(a.id)} named only by ${a.by.map(names.outlet).join(', ')}`);
  return `participants differ: ${partial.join('; ')}`;
}

/** One outlet's side of a disagreement: its sentences with their date, modality and actors. */
export type DisagreementSide = {
  outletId: string;
  outlet: string;
  reports: {
    eventId: string;
    sentence: string;
    noSentence: NoSentence | null;
    date: string | null;
    modality: Modality;
    actors: string[];
  }[];
};

/** The disagreeing reports side by side, outlet by outlet (only the passing reports of the row's outlets). */
export function disagreementSides(index: BundleIndex, row: CoverageRow): DisagreementSide[] {
  return [...row.cells.values()].map((cell) => ({
    outletId: cell.outletId,
    outlet: index.outletName.get(cell.outletId) ?? cell.outletId,
    reports: cell.eventIds.map((id) => {
      const e = index.events.at(index.eventIndex.get(id)!)!;
      return {
        eventId: id,
        sentence: e.evidence.text,
        noSentence: noSentenceOf(e, index.articles.get(e.articleId)?.url ?? null),
        date: e.datePrecision === 'unknown' ? null : e.date,
        modality: e.modality,
        actors: [...new Set([...e.source, ...e.target])].map((a) => index.actorName.get(a) ?? a),
      };
    }),
  }));
}
