import { DATE_PRECISIONS, MODALITIES, PLOVER_TYPES } from '../bundle-schema.ts';
import type {
  BundleColumns,
  ClusterColumns,
  DictColumn,
  EventColumns,
  ListColumn,
  QuoteColumns,
  SpanListColumn,
} from './column-layout.ts';
import { NO_CODE } from './column-layout.ts';
import { rowCount, utf16Length } from './utf8-column.ts';

const MAX_PROBLEMS = 20;

/** Collects the first problems found, counting the rest. */
class Problems {
  readonly list: string[] = [];
  private more = 0;
  add(message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(message);
    else this.more++;
  }
  result(): string[] {
    return this.more ? [...this.list, `... and ${this.more} more`] : this.list;
  }
}

type Sized = { length: number };

/**
 * Checks decoded columns against the layout: equal row counts, codes and indices in range, offsets that
 * rise and end at their values' length, evidence offsets that span the sentence. Returns readable
 * problems (none when the columns are sound). The metadata is checked by its zod schema beforehand.
 */
export function validateColumns(columns: BundleColumns): string[] {
  const problems = new Problems();
  const { metadata, events, clusters, quotes } = columns;
  const sizes = {
    articles: metadata.articles.length,
    actors: metadata.actors.length,
    outlets: metadata.outlets.length,
    reuse: metadata.reuse.length,
    events: events.id.length,
    clusters: clusters.id.length,
  };
  checkEvents(
    events,
    sizes,
    problems,
    metadata.articles.map((a) => a.outletId),
    metadata.outlets.map((o) => o.id),
  );
  checkClusters(clusters, sizes, problems);
  checkQuotes(quotes, sizes, problems);
  return problems.result();
}

type Sizes = Record<'articles' | 'actors' | 'outlets' | 'reuse' | 'events' | 'clusters', number>;

function checkEvents(c: EventColumns, sizes: Sizes, p: Problems, articleOutlet: string[], outletIds: string[]): void {
  const n = c.id.length;
  const rows: [string, Sized][] = [
    ['article', c.article], ['outlet', c.outlet], ['type', c.type], ['mode', c.mode.codes], ['day', c.day],
    ['datePrecision', c.datePrecision], ['dateBasis', c.dateBasis.codes], ['dateSpanStart', c.dateSpanStart],
    ['dateSpanEnd', c.dateSpanEnd], ['dateSpanText', c.dateSpanText], ['modality', c.modality],
    ['modalityCue', c.modalityCue.codes], ['toneScore', c.toneScore], ['toneComparative', c.toneComparative],
    ['location', c.location.codes], ['evidenceStart', c.evidenceStart], ['evidenceEnd', c.evidenceEnd],
    ['evidenceText', { length: rowCount(c.evidenceText) }], ['triggerStart', c.triggerStart], ['triggerEnd', c.triggerEnd],
    ['triggerText', c.triggerText], ['cluster', c.cluster], ['confidence', c.confidence], ['extra', c.extra],
  ]; // prettier-ignore
  if (!checkLengths('events', n, rows, p)) return;
  checkCodes('events.type', c.type, PLOVER_TYPES.length, p);
  checkCodes('events.modality', c.modality, MODALITIES.length, p);
  checkCodes('events.datePrecision', c.datePrecision, DATE_PRECISIONS.length, p);
  checkCodes('events.article', c.article, sizes.articles, p);
  checkCodes('events.outlet', c.outlet, sizes.outlets, p);
  checkCodes('events.cluster', c.cluster, sizes.clusters, p);
  for (const [name, dict] of [
    ['mode', c.mode],
    ['dateBasis', c.dateBasis],
    ['modalityCue', c.modalityCue],
    ['location', c.location],
  ] as const)
    checkDict(`events.${name}`, dict, p);
  checkList('events.source', c.source, n, sizes.actors, p);
  checkList('events.target', c.target, n, sizes.actors, p);
  for (const [name, list] of [
    ['actorSpans', c.actorSpans],
    ['actorLabels', c.actorLabels],
    ['toneTerms', c.toneTerms],
  ] as const)
    checkSpans(`events.${name}`, list, c, p);
  checkCodes('events.actorSpans.actor', c.actorSpans.actor, sizes.actors, p);
  checkCodes('events.actorLabels.actor', c.actorLabels.actor, sizes.actors, p);
  for (let i = 0; i < n; i++) {
    if (c.evidenceEnd[i]! - c.evidenceStart[i]! !== utf16Length(c.evidenceText, i))
      p.add(
        `events.${i} (${c.id[i]}): evidence offsets ${c.evidenceStart[i]}-${c.evidenceEnd[i]} do not span its sentence`,
      );
    if ((c.dateSpanStart[i] === NO_CODE) !== (c.dateSpanEnd[i] === NO_CODE))
      p.add(`events.${i}: a date span with one end`);
    if (c.triggerText[i] === null && !insideEvidence(c, i, c.triggerStart[i]!, c.triggerEnd[i]!))
      p.add(`events.${i}: trigger without text outside the evidence sentence`);
    if (c.article[i]! < articleOutlet.length && outletIds[c.outlet[i]!] !== articleOutlet[c.article[i]!])
      p.add(`events.${i}: outlet is not its article's outlet`);
  }
}

function checkClusters(c: ClusterColumns, sizes: Sizes, p: Problems): void {
  const n = c.id.length;
  const rows: [string, Sized][] = [
    ['type', c.type],
    ['day', c.day],
    ['datePrecision', c.datePrecision],
    ['extra', c.extra],
  ];
  if (!checkLengths('clusters', n, rows, p)) return;
  checkCodes('clusters.type', c.type, PLOVER_TYPES.length, p);
  checkCodes('clusters.datePrecision', c.datePrecision, DATE_PRECISIONS.length, p);
  checkList('clusters.actors', c.actors, n, sizes.actors, p);
  checkList('clusters.events', c.events, n, sizes.events, p);
  checkList('clusters.outlets', c.outlets, n, sizes.outlets, p);
  checkList('clusters.articles', c.articles, n, sizes.articles, p);
  checkList('clusters.modalities', c.modalities, n, MODALITIES.length, p);
  checkList('clusters.independentOutlets', c.independentOutlets, n, sizes.outlets, p);
  const d = c.derived;
  checkList('clusters.derived', { offsets: d.offsets, values: d.outlet }, n, sizes.outlets, p);
  checkCodes('clusters.derived.fromOutlet', d.fromOutlet, sizes.outlets, p);
  checkCodes('clusters.derived.reuse', d.reuse, sizes.reuse, p);
}

function checkQuotes(c: QuoteColumns, sizes: Sizes, p: Problems): void {
  const n = c.id.length;
  const rows: [string, Sized][] = [
    ['article', c.article], ['speaker', c.speaker], ['speakerText', c.speakerText], ['start', c.start],
    ['end', c.end], ['text', c.text], ['extra', c.extra],
  ]; // prettier-ignore
  if (!checkLengths('quotes', n, rows, p)) return;
  checkCodes('quotes.article', c.article, sizes.articles, p);
  checkList('quotes.events', c.events, n, sizes.events, p);
  for (let i = 0; i < n; i++) {
    if (c.speaker[i]! !== NO_CODE && (c.speaker[i]! < 0 || c.speaker[i]! >= sizes.actors))
      p.add(`quotes.${i}: speaker out of range`);
    if (c.end[i]! - c.start[i]! !== c.text[i]!.length) p.add(`quotes.${i} (${c.id[i]}): offsets do not span its text`);
  }
}

function checkLengths(table: string, n: number, rows: [string, Sized][], p: Problems): boolean {
  const wrong = rows.filter(([, column]) => column.length !== n);
  for (const [name, column] of wrong) p.add(`${table}.${name}: ${column.length} rows, expected ${n}`);
  return wrong.length === 0;
}

function checkCodes(name: string, codes: ArrayLike<number>, size: number, p: Problems): void {
  for (let i = 0; i < codes.length; i++) {
    if (codes[i]! >= size) return p.add(`${name}.${i}: ${codes[i]} is out of range (${size} entries)`);
  }
}

function checkDict(name: string, dict: DictColumn, p: Problems): void {
  for (let i = 0; i < dict.codes.length; i++) {
    const code = dict.codes[i]!;
    if (code !== NO_CODE && (code < 0 || code >= dict.values.length))
      return p.add(`${name}.${i}: code ${code} is out of the dictionary (${dict.values.length} values)`);
  }
}

/** Offsets start at 0, never fall, end at the values' length; values lie in [0, size). */
function checkOffsets(name: string, offsets: Int32Array, rows: number, values: number, p: Problems): boolean {
  if (offsets.length !== rows + 1) return (p.add(`${name}: ${offsets.length} offsets for ${rows} rows`), false);
  if (offsets[0] !== 0 || offsets[rows] !== values)
    return (p.add(`${name}: offsets do not run from 0 to ${values}`), false);
  for (let i = 0; i < rows; i++) if (offsets[i + 1]! < offsets[i]!) return (p.add(`${name}.${i}: offsets fall`), false);
  return true;
}

function checkList(
  name: string,
  list: ListColumn<Uint32Array | Uint8Array>,
  rows: number,
  size: number,
  p: Problems,
): void {
  if (checkOffsets(name, list.offsets, rows, list.values.length, p)) checkCodes(name, list.values, size, p);
}

function checkSpans(name: string, list: SpanListColumn, events: EventColumns, p: Problems): void {
  if (!checkOffsets(name, list.offsets, events.id.length, list.start.length, p)) return;
  if (list.end.length !== list.start.length || list.text.length !== list.start.length)
    return p.add(`${name}: start, end and text differ in length`);
  for (let i = 0; i < events.id.length; i++) {
    for (let k = list.offsets[i]!; k < list.offsets[i + 1]!; k++) {
      const own = list.text[k];
      const fits =
        own === null
          ? insideEvidence(events, i, list.start[k]!, list.end[k]!)
          : list.end[k]! - list.start[k]! === own!.length;
      if (!fits)
        return p.add(
          `${name}.${k} (event ${events.id[i]}): span ${list.start[k]}-${list.end[k]} fits neither its text nor the evidence`,
        );
    }
  }
}

function insideEvidence(events: EventColumns, i: number, start: number, end: number): boolean {
  return start >= events.evidenceStart[i]! && end <= events.evidenceEnd[i]! && start <= end;
}
