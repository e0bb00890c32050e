import { type DiplomaticEvent, MODALITIES, type Modality } from '../../model/bundle-schema.ts';
import { type BundleIndex, isoOfDay } from '../../selectors/bundle-index.ts';
import type { TimelineMark } from '../../selectors/timeline.ts';
import { QUAD_LABELS } from '../../components/palette.ts';
import { clusterHasFiction, fictionOfEvents } from '../../selectors/fiction.ts';
import { formatEventDate, formatLongDate } from '../../model/day-format.ts';

/** What the tooltip says about a mark. */
export type MarkDetails = {
  heading: string;
  actors: string[];
  /** Resolved date, with its precision ("week of ...") when coarser than a day. */
  date: string;
  /** What each report said and what it resolved to ("‘on Monday’ → Mon 7 Jul 2025 · CGTN"), or why no date is known. */
  dateNotes: string[];
  modality: string;
  outlets: string[];
  /** Whether the reports come from fictional articles (the demo corpus); null when none does. */
  fiction: string | null;
};

const MAX_ACTORS = 6;
const FICTION_NOTE = { all: 'Fiction: from the demo corpus, not reporting', some: 'Some reports are fiction (demo corpus)', none: null };

/** Tooltip content for one mark, read from the cluster's passing reports (only for the marks a user looks at). */
export function describeMark(index: BundleIndex, mark: TimelineMark): MarkDetails {
  const events = mark.eventIds.map((id) => index.events.at(index.eventIndex.get(id)!)!);
  const actorIds = [...new Set(events.flatMap((e) => [...e.source, ...e.target]))];
  const names = actorIds.map((id) => index.actorName.get(id) ?? id);
  const actors = names.length > MAX_ACTORS ? [...names.slice(0, MAX_ACTORS), `+${names.length - MAX_ACTORS} more`] : names;
  const outletIds = [...new Set(events.map((e) => index.articles.get(e.articleId)?.outletId ?? ''))];
  const outlets = outletIds.map((id) => index.outletName.get(id) ?? id);
  const onDay = events.find((e) => e.datePrecision !== 'unknown' && e.date === isoOfDay(mark.day));
  const date = formatDate(isoOfDay(mark.day), onDay?.datePrecision ?? 'day');
  const dateNotes = mark.dated ? reportDates(index, events) : [`No date in the text: the article's publication date (${formatLongDate(isoOfDay(mark.day))}) stands in`];
  const modality = describeModality(mark.modality, events.map((e) => e.modality));
  const heading = `${mark.type} · ${QUAD_LABELS[mark.quad]}`;
  const fiction = FICTION_NOTE[fictionOfEvents(index, mark.eventIds)];
  return { heading, actors, date, dateNotes, modality, outlets, fiction };
}

/**
 * A mark's accessible name: type, actors, date, modality, outlet count. Cheap (cluster lookups only) because
 * every mark in view gets one on each filter change. Says "news sources", not "outlets", so that it never
 * matches a lookup of the Outlet lanes button by its name.
 */
export function markName(index: BundleIndex, mark: TimelineMark): string {
  const clusterIndex = mark.clusterIndex ?? index.clusterIndex.get(mark.clusterId) ?? -1;
  const cluster = index.bundle.clusters.at(clusterIndex);
  const actors = (cluster?.actorIds ?? []).slice(0, 3).map((id) => index.actorName.get(id) ?? id);
  const precision = cluster && cluster.datePrecision !== 'unknown' ? cluster.datePrecision : 'day';
  const iso = isoOfDay(mark.day);
  const date = mark.dated ? formatDate(iso, precision) : `date unknown (published ${formatLongDate(iso)})`;
  const sources = mark.outletCount === 1 ? '1 news source' : `${mark.outletCount} news sources`;
  const fiction = clusterHasFiction(index, clusterIndex) ? '; fiction' : '';
  return `${mark.type}: ${actors.join(', ') || 'no named actors'}; ${date}; ${mark.modality}; reported by ${sources}${fiction}`;
}

/** The app's date format at a precision; a day keeps its weekday, as resolved weekdays are what readers check. */
function formatDate(iso: string, precision: DiplomaticEvent['datePrecision']): string {
  return precision === 'day' || precision === 'unknown' ? formatLongDate(iso) : formatEventDate(iso, precision);
}

/** One line per distinct (words, resolved date) among the reports, naming the outlets that said it. */
function reportDates(index: BundleIndex, events: DiplomaticEvent[]): string[] {
  const lines = new Map<string, Set<string>>();
  let undated = 0;
  for (const e of events) {
    if (e.datePrecision === 'unknown' || !e.date) {
      undated++;
      continue;
    }
    const resolved = formatDate(e.date, e.datePrecision);
    const line = e.dateSpan ? `‘${e.dateSpan.text}’ → ${resolved}` : resolved;
    const outlet = index.outletName.get(index.articles.get(e.articleId)?.outletId ?? '') ?? '';
    lines.set(line, (lines.get(line) ?? new Set()).add(outlet));
  }
  const out = [...lines].map(([line, outlets]) => (lines.size > 1 || events.length > 1 ? `${line} · ${[...outlets].join(', ')}` : line));
  const shown = out.length > 3 ? [...out.slice(0, 3), `+${out.length - 3} more`] : out;
  return undated > 0 ? [...shown, `${undated} report${undated === 1 ? '' : 's'} without a date in the text`] : shown;
}

/** The mark's modality, plus how other reports of the same event put it ("occurred; also reported as planned"). */
function describeModality(shown: Modality, reports: Modality[]): string {
  const others = MODALITIES.filter((m) => m !== shown && reports.includes(m));
  return others.length > 0 ? `${shown}; also reported as ${others.join(', ')}` : shown;
}
