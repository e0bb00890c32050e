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
import type { PackedStrings } from './arrow-columns.ts';
import { type MetadataFacts, metadataFacts } from './metadata-facts.ts';
import { rowCount, utf16Length, utf16LengthOf } from './utf8-column.ts';

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

/** A string column as the checks read it: decoded strings, or packed buffers read without decoding them. */
type Strings = Sized & {
  isNull(i: number): boolean;
  /** Length in UTF-16 units (a JavaScript string's length); 0 for null. */
  units(i: number): number;
  at(i: number): string | null;
};

const decoder = new TextDecoder();

function stringsOf(decoded: readonly (string | null)[], packed: PackedStrings | undefined): Strings {
  if (!packed)
    return {
      length: decoded.length,
      isNull: (i) => decoded[i] === null,
      units: (i) => decoded[i]?.length ?? 0,
      at: (i) => decoded[i] ?? null,
    };
  const { offsets, bytes, valid, validFrom } = packed;
  const isNull = (i: number) => valid !== null && (valid[(validFrom + i) >> 3]! & (1 << ((validFrom + i) & 7))) === 0;
  return {
    length: offsets.length - 1,
    isNull,
    units: (i) => utf16LengthOf(bytes, offsets[i]!, offsets[i + 1]!),
    at: (i) => (isNull(i) ? null : decoder.decode(bytes.subarray(offsets[i], offsets[i + 1]))),
  };
}

/** The string columns of the layout, each read from its packed buffers when given (by path), else decoded. */
function stringColumns(columns: Omit<BundleColumns, 'metadata'>, packed: Record<string, PackedStrings>) {
  const { events: e, clusters: c, quotes: q } = columns;
  const of = (path: string, decoded: readonly (string | null)[]) => stringsOf(decoded, packed[path]);
  return {
    events: {
      id: of('events.id', e.id),
      dateSpanText: of('events.dateSpanText', e.dateSpanText),
      triggerText: of('events.triggerText', e.triggerText),
      extra: of('events.extra', e.extra),
      actorSpans: of('events.actorSpans.text', e.actorSpans.text),
      actorLabels: of('events.actorLabels.text', e.actorLabels.text),
      toneTerms: of('events.toneTerms.text', e.toneTerms.text),
    },
    clusters: { id: of('clusters.id', c.id), extra: of('clusters.extra', c.extra) },
    quotes: {
      id: of('quotes.id', q.id),
      speakerText: of('quotes.speakerText', q.speakerText),
      text: of('quotes.text', q.text),
      extra: of('quotes.extra', q.extra),
    },
  };
}

type StringColumns = ReturnType<typeof stringColumns>;

/**
 * Checks decoded columns against the layout: equal row counts, codes and indices in range, offsets that
 * rise and end at their values' length, evidence offsets that span the sentence. Returns readable
 * problems (none when the columns are sound). The metadata is checked by its zod schema beforehand.
 * `packed` holds string columns not decoded (decodeArrowBundle's `packStrings`, by path): they are checked
 * on their bytes, and only the strings a problem names are decoded.
 */
export function validateColumns(columns: BundleColumns, packed: Record<string, PackedStrings> = {}): string[] {
  return validateTables(columns, metadataFacts(columns.metadata), packed);
}

/** validateColumns with only what it needs of the metadata (the bundle worker gets these from the page). */
export function validateTables(
  tables: Omit<BundleColumns, 'metadata'>,
  facts: MetadataFacts,
  packed: Record<string, PackedStrings> = {},
): string[] {
  const problems = new Problems();
  const { events, clusters, quotes } = tables;
  const strings = stringColumns(tables, packed);
  const sizes = {
    articles: facts.articles,
    actors: facts.actors,
    outlets: facts.outletIds.length,
    reuse: facts.reuse,
    events: strings.events.id.length,
    clusters: strings.clusters.id.length,
  };
  checkEvents(events, strings.events, sizes, problems, facts);
  checkClusters(clusters, strings.clusters, sizes, problems);
  checkQuotes(quotes, strings.quotes, sizes, problems);
  return problems.result();
}

type Sizes = Record<'articles' | 'actors' | 'outlets' | 'reuse' | 'events' | 'clusters', number>;

function checkEvents(
  c: EventColumns,
  s: StringColumns['events'],
  sizes: Sizes,
  p: Problems,
  facts: MetadataFacts,
): void {
  const { outletIds, articleOutlet } = facts;
  const n = s.id.length;
  const rows: [string, Sized][] = [
    ['article', c.article], ['outlet', c.outlet], ['type', c.type], ['mode', c.mode.codes], ['day', c.day],
    ['datePrecision', c.datePrecision], ['dateBasis', c.dateBasis.codes], ['dateSpanStart', c.dateSpanStart],
    ['dateSpanEnd', c.dateSpanEnd], ['dateSpanText', s.dateSpanText], ['modality', c.modality],
    ['modalityCue', c.modalityCue.codes], ['toneScore', c.toneScore], ['toneComparative', c.toneComparative],
    ['location', c.location.codes], ['evidenceStart', c.evidenceStart], ['evidenceEnd', c.evidenceEnd],
    ['evidenceText', { length: rowCount(c.evidenceText) }], ['triggerStart', c.triggerStart], ['triggerEnd', c.triggerEnd],
    ['triggerText', s.triggerText], ['cluster', c.cluster], ['confidence', c.confidence], ['extra', s.extra],
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
  for (const [name, list, texts] of [
    ['actorSpans', c.actorSpans, s.actorSpans],
    ['actorLabels', c.actorLabels, s.actorLabels],
    ['toneTerms', c.toneTerms, s.toneTerms],
  ] as const)
    checkSpans(`events.${name}`, list, texts, c, s.id, p);
  checkCodes('events.actorSpans.actor', c.actorSpans.actor, sizes.actors, p);
  checkCodes('events.actorLabels.actor', c.actorLabels.actor, sizes.actors, p);
  for (let i = 0; i < n; i++) {
    if (c.evidenceEnd[i]! - c.evidenceStart[i]! !== utf16Length(c.evidenceText, i))
      p.add(
        `events.${i} (${s.id.at(i)}): evidence offsets ${c.evidenceStart[i]}-${c.evidenceEnd[i]} do not span its sentence`,
      );
    if ((c.dateSpanStart[i] === NO_CODE) !== (c.dateSpanEnd[i] === NO_CODE))
      p.add(`events.${i}: a date span with one end`);
    if (s.triggerText.isNull(i) && !insideEvidence(c, i, c.triggerStart[i]!, c.triggerEnd[i]!))
      p.add(`events.${i}: trigger without text outside the evidence sentence`);
    if (c.article[i]! < articleOutlet.length && outletIds[c.outlet[i]!] !== outletIds[articleOutlet[c.article[i]!]!])
      p.add(`events.${i}: outlet is not its article's outlet`);
  }
}

function checkClusters(c: ClusterColumns, s: StringColumns['clusters'], sizes: Sizes, p: Problems): void {
  const n = s.id.length;
  const rows: [string, Sized][] = [
    ['type', c.type],
    ['day', c.day],
    ['datePrecision', c.datePrecision],
    ['extra', s.extra],
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

function checkQuotes(c: QuoteColumns, s: StringColumns['quotes'], sizes: Sizes, p: Problems): void {
  const n = s.id.length;
  const rows: [string, Sized][] = [
    ['article', c.article], ['speaker', c.speaker], ['speakerText', s.speakerText], ['start', c.start],
    ['end', c.end], ['text', s.text], ['extra', s.extra],
  ]; // prettier-ignore
  if (!checkLengths('quotes', n, rows, p)) return;
  checkCodes('quotes.article', c.article, sizes.articles, p);
  checkList('quotes.events', c.events, n, sizes.events, p);
  for (let i = 0; i < n; i++) {
    if (c.speaker[i]! !== NO_CODE && (c.speaker[i]! < 0 || c.speaker[i]! >= sizes.actors))
      p.add(`quotes.${i}: speaker out of range`);
    if (s.text.isNull(i) || c.end[i]! - c.start[i]! !== s.text.units(i))
      p.add(`quotes.${i} (${s.id.at(i)}): offsets do not span its text`);
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

function checkSpans(
  name: string,
  list: SpanListColumn,
  texts: Strings,
  events: EventColumns,
  ids: Strings,
  p: Problems,
): void {
  if (!checkOffsets(name, list.offsets, ids.length, list.start.length, p)) return;
  if (list.end.length !== list.start.length || texts.length !== list.start.length)
    return p.add(`${name}: start, end and text differ in length`);
  for (let i = 0; i < ids.length; i++) {
    for (let k = list.offsets[i]!; k < list.offsets[i + 1]!; k++) {
      const fits = texts.isNull(k)
        ? insideEvidence(events, i, list.start[k]!, list.end[k]!)
        : list.end[k]! - list.start[k]! === texts.units(k);
      if (!fits)
        return p.add(
          `${name}.${k} (event ${ids.at(i)}): span ${list.start[k]}-${list.end[k]} fits neither its text nor the evidence`,
        );
    }
  }
}

function insideEvidence(events: EventColumns, i: number, start: number, end: number): boolean {
  return start >= events.evidenceStart[i]! && end <= events.evidenceEnd[i]! && start <= end;
}
