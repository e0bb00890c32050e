import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quantileSorted, randomLcg, sum } from 'd3';
import { PLOVER_TYPES, type PloverType } from '../src/model/bundle-schema.ts';

/**
 * Calibration of the synthetic bundle generator (bench/generate-bundle.ts) against real event data: reads
 * GDELT 2.0 event export files (tab-separated, no header, 61 columns) and writes bench/gdelt-profile.json,
 * a small summary of the shapes the generator imitates: actor and source-site popularity, event types,
 * burstiness over days, events per article and reports per real-world event.
 *
 *   npx tsx bench/calibrate-gdelt.ts [DIR]      (default DIR: ../shared/data/gdelt)
 *
 * Only Node built-ins and d3. The same files give the same profile.
 */

/** Column positions (0-based) in the GDELT 2.0 event export, checked against the header file and the data. */
export const COL = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor1Name: 6,
  Actor2Code: 15,
  Actor2Name: 16,
  EventCode: 26,
  EventRootCode: 28,
  QuadClass: 29,
  GoldsteinScale: 30,
  NumMentions: 31,
  NumSources: 32,
  NumArticles: 33,
  ActionGeo_FeatureID: 58,
  DATEADDED: 59,
  SOURCEURL: 60,
} as const;
const COLUMNS = 61;

/**
 * CAMEO root code (01-20) -> PLOVER type. PLOVER (v0.7) has no counterpart for some CAMEO categories and
 * splits others; the choices, following the type definitions in docs/event-model.md:
 * - 01 make public statement -> SUPPORT. PLOVER drops bare statements; GDELT codes most of them 01, and
 *   most are comments and policy statements about a counterpart, so they count as verbal cooperation.
 * - 05 engage in diplomatic cooperation (praise, endorse, recognise, sign agreement) -> SUPPORT, which is
 *   exactly what Parley's SUPPORT covers; not COOPERATE, which is material cooperation (CAMEO 06).
 * - 08 yield -> RETREAT (implemented concessions: release, withdraw, ease sanctions, de-escalate).
 * - 09 investigate -> ACCUSE (Parley's ACCUSE covers "investigate"); 10 demand -> REQUEST, as 02 appeal.
 * - 19 fight and 20 mass violence -> ASSAULT, as 18 assault.
 * The base-code overrides below carry the verbal concessions into CONCEDE, which no root code maps to.
 */
export const CAMEO_ROOT_TO_PLOVER: Record<string, PloverType> = {
  '01': 'SUPPORT', // make public statement
  '02': 'REQUEST', // appeal
  '03': 'AGREE', // express intent to cooperate
  '04': 'CONSULT', // consult
  '05': 'SUPPORT', // engage in diplomatic cooperation
  '06': 'COOPERATE', // engage in material cooperation
  '07': 'AID', // provide aid
  '08': 'RETREAT', // yield
  '09': 'ACCUSE', // investigate
  '10': 'REQUEST', // demand
  '11': 'ACCUSE', // disapprove
  '12': 'REJECT', // reject
  '13': 'THREATEN', // threaten
  '14': 'PROTEST', // protest
  '15': 'MOBILIZE', // exhibit force posture
  '16': 'SANCTION', // reduce relations
  '17': 'COERCE', // coerce
  '18': 'ASSAULT', // assault
  '19': 'ASSAULT', // fight
  '20': 'ASSAULT', // use unconventional mass violence
};

/** CAMEO root code names (keys of rootCodeShares, so that "01" sorts before "10" in the JSON). */
const CAMEO_ROOT_NAMES: Record<string, string> = {
  '01': 'make public statement',
  '02': 'appeal',
  '03': 'express intent to cooperate',
  '04': 'consult',
  '05': 'engage in diplomatic cooperation',
  '06': 'engage in material cooperation',
  '07': 'provide aid',
  '08': 'yield',
  '09': 'investigate',
  '10': 'demand',
  '11': 'disapprove',
  '12': 'reject',
  '13': 'threaten',
  '14': 'protest',
  '15': 'exhibit force posture',
  '16': 'reduce relations',
  '17': 'coerce',
  '18': 'assault',
  '19': 'fight',
  '20': 'use unconventional mass violence',
};

/** CAMEO base codes (first three digits of EventCode) that PLOVER places elsewhere than their root. */
export const CAMEO_BASE_OVERRIDES: Record<string, PloverType> = {
  '035': 'CONCEDE', // express intent to yield (promised concession)
  '055': 'CONCEDE', // apologise
  '080': 'CONCEDE', // yield, not specified further
  '083': 'CONCEDE', // accede to demands for change
};

export function ploverOf(eventCode: string, rootCode: string): PloverType | null {
  return CAMEO_BASE_OVERRIDES[eventCode.slice(0, 3)] ?? CAMEO_ROOT_TO_PLOVER[rootCode] ?? null;
}

type Shares = Record<string, number>;

/** The calibration written to bench/gdelt-profile.json and read by the generator. */
export type GdeltProfile = {
  about: string;
  source: { dir: string; files: number; rows: number; publicationSlots: number; publicationDays: number; dateAdded: [string, string] };
  actors: {
    key: string;
    distinct: number;
    distinctNames: number;
    /** Events naming two actors, only one, none. */
    participants: { two: number; one: number; none: number };
    /** Share of actor mentions (Actor1 and Actor2 slots) taken by the top k actors. */
    mentionShareTop: Shares;
    /** Share of events naming at least one of the top k actors. */
    eventShareTop: Shares;
    zipfExponent: number;
    zipfFit: string;
    /** Share of all mentions taken by the actor at each (log-spaced) rank: the curve the generator fits. */
    rankFrequency: Shares;
  };
  sites: {
    key: string;
    distinct: number;
    /** Share of events whose source article is on one of the top k sites. */
    eventShareTop: Shares;
    /** Share of source articles (distinct URLs) on the top k sites. */
    articleShareTop: Shares;
    zipfExponent: number;
    zipfFit: string;
    /** Exponent fitted to ranks 1-50 only: the shape among the biggest sites, for a bundle with ~50 outlets. */
    headExponent: number;
    /** Within the top 50 sites: share of their events on the top 1 and top 10. */
    headShareTop: Shares;
    /** Share of all events taken by the site at each (log-spaced) rank. */
    rankFrequency: Shares;
  };
  quadClassShares: Shares;
  rootCodeShares: Shares;
  mapping: { root: Record<string, PloverType>; baseOverrides: Record<string, PloverType>; note: string };
  ploverShares: Record<PloverType, number>;
  dates: {
    note: string;
    /** Days between the event date (SQLDATE) and the publication slot (DATEADDED). */
    lagDaysShares: Shares;
    eventDates: { distinctDays: number; perDay: Shares; topDecileDayShare: number };
    eventsPerSlot: { min: number; median: number; max: number; cv: number };
    /** Events per slot on each sampled publication day (volume of the whole feed). */
    feedPerDay: { days: number; perSlot: Shares; cv: number; topDecileDayShare: number };
    /** Per actor with enough events: share of its (slot-normalised) daily volume on its busiest 10% of days. */
    actorTopDecileDayShare: { actors: number; minEvents: number; q25: number; median: number; q75: number; nullMedian: number };
  };
  eventsPerArticle: { articles: number; mean: number; median: number; p90: number; p99: number; max: number; shares: Shares };
  reportsPerEvent: { note: string; numSourcesShares: Shares; sourcesPerGroupShares: Shares; groups: number };
};

type Row = {
  date: string;
  actor1: string;
  actor2: string;
  name1: string;
  name2: string;
  eventCode: string;
  root: string;
  quad: string;
  numSources: number;
  featureId: string;
  added: string;
  url: string;
};

export function calibrate(dir: string): GdeltProfile {
  const files = readdirSync(dir)
    .filter((f) => /^\d{14}\.export\.CSV$/i.test(f))
    .sort();
  if (files.length === 0) throw new Error(`no GDELT export files (*.export.CSV) in ${dir}`);
  checkHeader(dir);
  const rows: Row[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const stamp = file.slice(0, 14);
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      if (line === '') continue;
      const f = line.split('\t');
      const where = `${file}:${i + 1}`;
      if (f.length !== COLUMNS) {
        problems.push(`${where}: ${f.length} fields`);
        continue;
      }
      const get = (c: number) => f[c] ?? '';
      const row: Row = {
        date: get(COL.SQLDATE),
        actor1: get(COL.Actor1Code),
        actor2: get(COL.Actor2Code),
        name1: get(COL.Actor1Name),
        name2: get(COL.Actor2Name),
        eventCode: get(COL.EventCode),
        root: get(COL.EventRootCode),
        quad: get(COL.QuadClass),
        numSources: Number(get(COL.NumSources)),
        featureId: get(COL.ActionGeo_FeatureID),
        added: get(COL.DATEADDED),
        url: get(COL.SOURCEURL),
      };
      // Value checks that would fail if the column positions were off by one.
      if (!/^\d+$/.test(get(COL.GLOBALEVENTID))) problems.push(`${where}: GLOBALEVENTID`);
      if (!/^\d{8}$/.test(row.date)) problems.push(`${where}: SQLDATE "${row.date}"`);
      if (!/^(0[1-9]|1\d|20)$/.test(row.root) || !row.eventCode.startsWith(row.root)) problems.push(`${where}: EventCode/EventRootCode`);
      if (!/^[1-4]$/.test(row.quad)) problems.push(`${where}: QuadClass "${row.quad}"`);
      if (!Number.isFinite(Number(get(COL.GoldsteinScale))) || Math.abs(Number(get(COL.GoldsteinScale))) > 10) problems.push(`${where}: GoldsteinScale`);
      if (!(row.numSources >= 1) || !(Number(get(COL.NumArticles)) >= 1) || !(Number(get(COL.NumMentions)) >= 1)) problems.push(`${where}: NumMentions/NumSources/NumArticles`);
      if (row.added !== stamp) problems.push(`${where}: DATEADDED "${row.added}" is not the file's slot`);
      if (!/^https?:\/\//.test(row.url)) problems.push(`${where}: SOURCEURL`);
      if ((row.actor1 === '') !== (row.name1 === '') || (row.actor2 === '') !== (row.name2 === '')) problems.push(`${where}: actor code without name`);
      rows.push(row);
    }
  }
  if (problems.length > 0) throw new Error(`${problems.length} rows fail the column checks, e.g.\n${problems.slice(0, 10).join('\n')}`);

  const n = rows.length;
  const slots = [...new Set(rows.map((r) => r.added))].sort();
  const days = [...new Set(slots.map((s) => s.slice(0, 8)))];
  const profile: GdeltProfile = {
    about:
      'Shapes of real event data measured by bench/calibrate-gdelt.ts on GDELT 2.0 event exports, for bench/generate-bundle.ts. ' +
      'Shares are fractions of events unless said otherwise; see docs/benchmarks.md.',
    source: {
      dir: relative(join(here, '..'), dir) || '.',
      files: files.length,
      rows: n,
      publicationSlots: slots.length,
      publicationDays: days.length,
      dateAdded: [slots[0]!, slots.at(-1)!],
    },
    actors: actorProfile(rows),
    sites: siteProfile(rows),
    quadClassShares: shares(rows.map((r) => ({ '1': 'verbal-cooperation', '2': 'material-cooperation', '3': 'verbal-conflict', '4': 'material-conflict' })[r.quad]!)),
    rootCodeShares: sortKeys(shares(rows.map((r) => `${r.root} ${CAMEO_ROOT_NAMES[r.root]}`))),
    mapping: {
      root: Object.fromEntries(
        Object.keys(CAMEO_ROOT_TO_PLOVER)
          .sort()
          .map((c) => [`${c} ${CAMEO_ROOT_NAMES[c]}`, CAMEO_ROOT_TO_PLOVER[c]!]),
      ),
      baseOverrides: CAMEO_BASE_OVERRIDES,
      note: 'CAMEO EventRootCode -> PLOVER, with base-code (first three digits of EventCode) overrides; documented in bench/calibrate-gdelt.ts',
    },
    ploverShares: ploverShares(rows),
    dates: dateProfile(rows, slots),
    eventsPerArticle: perArticleProfile(rows),
    reportsPerEvent: reportsProfile(rows),
  };
  return profile;
}

/** The header file next to the data (if any) must name the columns we read where we read them. */
function checkHeader(dir: string): void {
  const path = join(dir, 'gdelt2_events_header.tsv');
  if (!existsSync(path)) return;
  const names = readFileSync(path, 'utf8').trim().split('\t');
  if (names.length !== COLUMNS) throw new Error(`${path}: ${names.length} column names, expected ${COLUMNS}`);
  for (const [name, index] of Object.entries(COL)) {
    if (names[index] !== name) throw new Error(`${path}: column ${index} is "${names[index]}", expected "${name}"`);
  }
}

/** Plain code-unit order: unlike localeCompare, the same on every machine and locale. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number, digits = 4) => Number(x.toFixed(digits));

function shares(values: string[]): Shares {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const out: Shares = {};
  for (const [k, c] of [...counts].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))) out[k] = round(c / values.length);
  return out;
}

function sortKeys(s: Shares): Shares {
  return Object.fromEntries(Object.entries(s).sort((a, b) => byCode(a[0], b[0])));
}

/** Counts sorted from the most frequent down (ties by key, so the ranking is deterministic). */
function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]));
}

/**
 * Zipf exponent s of frequency ~ rank^-s: least squares of log frequency on log rank over ranks from..to.
 * The tail of a sample flattens into ties at 1-4 occurrences, so callers fit only ranks with 5 or more.
 */
export function fitZipf(counts: number[], from = 1, to = counts.length): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let r = from; r <= Math.min(to, counts.length); r++) {
    xs.push(Math.log(r));
    ys.push(Math.log(counts[r - 1]!));
  }
  const mx = sum(xs) / xs.length;
  const my = sum(ys) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return round(-num / den, 3);
}

const CURVE_RANKS = [1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100, 150, 200, 300, 500, 700, 1000, 1500, 2000, 3000];

/** The rank-frequency curve at log-spaced ranks, as shares of the total (4 significant digits). */
function rankCurve(freq: number[], total: number): Shares {
  return Object.fromEntries(CURVE_RANKS.filter((r) => r <= freq.length).map((r) => [r, Number((freq[r - 1]! / total).toPrecision(4))]));
}

const lastRankWithAtLeast = (counts: number[], min: number) => counts.filter((c) => c >= min).length;

function actorProfile(rows: Row[]): GdeltProfile['actors'] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const a of [r.actor1, r.actor2]) if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  const order = ranked(counts);
  const rank = new Map(order.map(([a], i) => [a, i + 1]));
  const mentions = sum(order, (e) => e[1]);
  const freq = order.map((e) => e[1]);
  const fitTo = lastRankWithAtLeast(freq, 5);
  const mentionShareTop: Shares = {};
  const eventShareTop: Shares = {};
  for (const k of [1, 10, 100, 1000]) {
    mentionShareTop[k] = round(sum(freq.slice(0, k)) / mentions);
    eventShareTop[k] = round(rows.filter((r) => (rank.get(r.actor1) ?? Infinity) <= k || (rank.get(r.actor2) ?? Infinity) <= k).length / rows.length);
  }
  const two = rows.filter((r) => r.actor1 && r.actor2).length;
  const none = rows.filter((r) => !r.actor1 && !r.actor2).length;
  const names = new Set(rows.flatMap((r) => [r.name1, r.name2]).filter(Boolean));
  return {
    key: 'Actor1Code / Actor2Code (CAMEO actor code, e.g. USA, USAGOV, GOV)',
    distinct: counts.size,
    distinctNames: names.size,
    participants: { two: round(two / rows.length), one: round((rows.length - two - none) / rows.length), none: round(none / rows.length) },
    mentionShareTop,
    eventShareTop,
    zipfExponent: fitZipf(freq, 1, fitTo),
    zipfFit: `least squares on log-log rank-frequency of actor mentions, ranks 1-${fitTo} (actors with 5+ mentions)`,
    rankFrequency: rankCurve(freq, mentions),
  };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return '(invalid)';
  }
}

function siteProfile(rows: Row[]): GdeltProfile['sites'] {
  const events = new Map<string, number>();
  const urls = new Map<string, Set<string>>();
  for (const r of rows) {
    const h = hostOf(r.url);
    events.set(h, (events.get(h) ?? 0) + 1);
    if (!urls.has(h)) urls.set(h, new Set());
    urls.get(h)!.add(r.url);
  }
  const order = ranked(events);
  const freq = order.map((e) => e[1]);
  const articleFreq = [...urls.values()].map((s) => s.size).sort((a, b) => b - a);
  const articles = sum(articleFreq);
  const fitTo = lastRankWithAtLeast(freq, 5);
  const eventShareTop: Shares = {};
  const articleShareTop: Shares = {};
  for (const k of [1, 10, 50]) {
    eventShareTop[k] = round(sum(freq.slice(0, k)) / rows.length);
    articleShareTop[k] = round(sum(articleFreq.slice(0, k)) / articles);
  }
  const head = sum(freq.slice(0, 50));
  return {
    key: 'hostname of SOURCEURL, lower case, without a leading www.',
    distinct: events.size,
    eventShareTop,
    articleShareTop,
    zipfExponent: fitZipf(freq, 1, fitTo),
    zipfFit: `least squares on log-log rank-frequency of events per site, ranks 1-${fitTo} (sites with 5+ events)`,
    headExponent: fitZipf(freq, 1, 50),
    headShareTop: { 1: round(freq[0]! / head), 10: round(sum(freq.slice(0, 10)) / head) },
    rankFrequency: rankCurve(freq, rows.length),
  };
}

function ploverShares(rows: Row[]): Record<PloverType, number> {
  const counts = new Map<PloverType, number>();
  for (const r of rows) {
    const t = ploverOf(r.eventCode, r.root);
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const total = sum([...counts.values()]);
  return Object.fromEntries(PLOVER_TYPES.map((t) => [t, round((counts.get(t) ?? 0) / total)])) as Record<PloverType, number>;
}

const dayNumber = (yyyymmdd: string) => Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))) / 86_400_000;

function quantileShares(sorted: number[], digits = 1): Shares {
  return {
    min: round(sorted[0]!, digits),
    q25: round(quantileSorted(sorted, 0.25)!, digits),
    median: round(quantileSorted(sorted, 0.5)!, digits),
    q75: round(quantileSorted(sorted, 0.75)!, digits),
    q90: round(quantileSorted(sorted, 0.9)!, digits),
    max: round(sorted.at(-1)!, digits),
  };
}

/** Share of the total on the busiest 10% of entries (at least one). */
export function topDecileShare(values: number[]): number {
  const sorted = [...values].sort((a, b) => b - a);
  const k = Math.max(1, Math.ceil(sorted.length / 10));
  return round(sum(sorted.slice(0, k)) / sum(sorted));
}

const cv = (xs: number[]) => {
  const m = sum(xs) / xs.length;
  return round(Math.sqrt(sum(xs, (x) => (x - m) ** 2) / xs.length) / m, 3);
};

function dateProfile(rows: Row[], slots: string[]): GdeltProfile['dates'] {
  // How far back the events in a publication slot are dated.
  const lagBucket = (lag: number) => (lag <= 0 ? '0' : lag === 1 ? '1' : lag <= 3 ? '2-3' : lag <= 7 ? '4-7' : lag <= 30 ? '8-30' : lag <= 365 ? '31-365' : '366+');
  const lags = rows.map((r) => lagBucket(dayNumber(r.added.slice(0, 8)) - dayNumber(r.date)));
  const lagDaysShares: Shares = {};
  const lagShares = shares(lags);
  for (const k of ['0', '1', '2-3', '4-7', '8-30', '31-365', '366+']) lagDaysShares[k] = lagShares[k] ?? 0;

  // Raw events per event date: dominated by which publication slots happen to be in the sample.
  const perDate = new Map<string, number>();
  for (const r of rows) perDate.set(r.date, (perDate.get(r.date) ?? 0) + 1);
  const dateCounts = [...perDate.values()].sort((a, b) => a - b);

  // Events per publication slot, and per sampled publication day normalised by its number of slots.
  const perSlot = new Map<string, number>();
  for (const r of rows) perSlot.set(r.added, (perSlot.get(r.added) ?? 0) + 1);
  const slotCounts = slots.map((s) => perSlot.get(s)!);
  const slotsOfDay = new Map<string, number>();
  for (const s of slots) slotsOfDay.set(s.slice(0, 8), (slotsOfDay.get(s.slice(0, 8)) ?? 0) + 1);
  const dayList = [...slotsOfDay.keys()];
  const dayIndex = new Map(dayList.map((d, i) => [d, i]));
  const feed = dayList.map(() => 0);
  for (const r of rows) feed[dayIndex.get(r.added.slice(0, 8))!]! += 1;
  const feedRate = feed.map((c, i) => c / slotsOfDay.get(dayList[i]!)!);

  // Per actor: the same normalised daily volume, and its share on the actor's busiest 10% of days. The
  // null model scatters the actor's events over the slots in proportion to their volume (no burstiness),
  // which shows how much of the measured share small samples alone would give.
  const minEvents = 200;
  const byActor = new Map<string, number[]>();
  for (const r of rows) {
    for (const a of new Set([r.actor1, r.actor2])) {
      if (!a) continue;
      if (!byActor.has(a)) byActor.set(a, dayList.map(() => 0));
      byActor.get(a)![dayIndex.get(r.added.slice(0, 8))!]! += 1;
    }
  }
  const normalise = (counts: number[]) => counts.map((c, i) => c / slotsOfDay.get(dayList[i]!)!);
  const actorsMeasured = [...byActor].filter(([, c]) => sum(c) >= minEvents).sort((a, b) => byCode(a[0], b[0]));
  const observed = actorsMeasured.map(([, c]) => topDecileShare(normalise(c))).sort((a, b) => a - b);
  const random = randomLcg(20_250_113);
  const slotDay = slots.map((s) => dayIndex.get(s.slice(0, 8))!);
  const cumulative: number[] = [];
  slotCounts.reduce((acc, c) => (cumulative.push(acc + c), acc + c), 0);
  const nullShares: number[] = [];
  for (const [, c] of actorsMeasured) {
    for (let rep = 0; rep < 20; rep++) {
      const counts = dayList.map(() => 0);
      for (let e = 0; e < sum(c); e++) {
        const u = random() * rows.length;
        let lo = 0;
        let hi = cumulative.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cumulative[mid]! > u) hi = mid;
          else lo = mid + 1;
        }
        counts[slotDay[lo]!]! += 1;
      }
      nullShares.push(topDecileShare(normalise(counts)));
    }
  }
  nullShares.sort((a, b) => a - b);

  return {
    note:
      `The sample is ${slots.length} fifteen-minute publication slots on ${dayList.length} days, not a contiguous series: raw counts ` +
      'per event date mostly reflect which slots were sampled. Daily volume is therefore measured per sampled publication day, ' +
      'normalised by its number of slots; the busiest-10%-of-days share of a single actor is the burstiness of one story line.',
    lagDaysShares,
    eventDates: { distinctDays: perDate.size, perDay: quantileShares(dateCounts, 0), topDecileDayShare: topDecileShare(dateCounts) },
    eventsPerSlot: { min: slotCounts.reduce((a, b) => Math.min(a, b)), median: quantileSorted([...slotCounts].sort((a, b) => a - b), 0.5)!, max: slotCounts.reduce((a, b) => Math.max(a, b)), cv: cv(slotCounts) },
    feedPerDay: { days: dayList.length, perSlot: quantileShares([...feedRate].sort((a, b) => a - b), 0), cv: cv(feedRate), topDecileDayShare: topDecileShare(feedRate) },
    actorTopDecileDayShare: {
      actors: actorsMeasured.length,
      minEvents,
      q25: round(quantileSorted(observed, 0.25)!, 3),
      median: round(quantileSorted(observed, 0.5)!, 3),
      q75: round(quantileSorted(observed, 0.75)!, 3),
      nullMedian: round(quantileSorted(nullShares, 0.5)!, 3),
    },
  };
}

function perArticleProfile(rows: Row[]): GdeltProfile['eventsPerArticle'] {
  const perUrl = new Map<string, number>();
  for (const r of rows) perUrl.set(r.url, (perUrl.get(r.url) ?? 0) + 1);
  const counts = [...perUrl.values()].sort((a, b) => a - b);
  const bucket = (c: number) => (c <= 10 ? String(c) : c <= 15 ? '11-15' : c <= 20 ? '16-20' : c <= 30 ? '21-30' : c <= 50 ? '31-50' : '51+');
  const order = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11-15', '16-20', '21-30', '31-50', '51+'];
  const raw = shares(counts.map(bucket));
  return {
    articles: counts.length,
    mean: round(rows.length / counts.length, 2),
    median: quantileSorted(counts, 0.5)!,
    p90: quantileSorted(counts, 0.9)!,
    p99: quantileSorted(counts, 0.99)!,
    max: counts.at(-1)!,
    shares: Object.fromEntries(order.map((k) => [k, raw[k] ?? 0])),
  };
}

function reportsProfile(rows: Row[]): GdeltProfile['reportsPerEvent'] {
  const cap = (c: number) => (c >= 8 ? '8+' : String(c));
  const order = ['1', '2', '3', '4', '5', '6', '7', '8+'];
  const ordered = (s: Shares) => Object.fromEntries(order.map((k) => [k, s[k] ?? 0]));
  // Rows of one real-world event seen in several slots: same event date, actors, event code and place.
  const groups = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.date}|${r.actor1}|${r.actor2}|${r.eventCode}|${r.featureId}`;
    groups.set(key, (groups.get(key) ?? 0) + r.numSources);
  }
  return {
    note:
      'numSourcesShares: NumSources of each row (distinct sources in the first 15 minutes); sourcesPerGroupShares: rows sharing ' +
      'event date, both actor codes, event code and ActionGeo feature summed over the sampled slots (a lower bound on the outlets ' +
      'reporting one real-world event, since only the sampled slots are seen).',
    numSourcesShares: ordered(shares(rows.map((r) => cap(r.numSources)))),
    sourcesPerGroupShares: ordered(shares([...groups.values()].map(cap))),
    groups: groups.size,
  };
}

function pct(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`;
}

export function summarise(p: GdeltProfile): string {
  const top = (s: Shares) => Object.entries(s).map(([k, v]) => `top ${k} ${pct(v)}`).join(', ');
  const list = (s: Shares, digits = 1) => Object.entries(s).map(([k, v]) => `${k} ${pct(v, digits)}`).join(', ');
  const d = p.dates;
  return [
    `GDELT sample: ${p.source.rows.toLocaleString('en')} events in ${p.source.files} files, ${p.source.publicationSlots} slots on ${p.source.publicationDays} days (${p.source.dateAdded[0]} .. ${p.source.dateAdded[1]})`,
    `actors (${p.actors.key}): ${p.actors.distinct.toLocaleString('en')} distinct (${p.actors.distinctNames.toLocaleString('en')} names); events with two / one / no actors ${pct(p.actors.participants.two)} / ${pct(p.actors.participants.one)} / ${pct(p.actors.participants.none)}`,
    `  mentions: ${top(p.actors.mentionShareTop)}`,
    `  events naming one of: ${top(p.actors.eventShareTop)}`,
    `  Zipf exponent ${p.actors.zipfExponent} (${p.actors.zipfFit})`,
    `sites: ${p.sites.distinct.toLocaleString('en')} distinct; events: ${top(p.sites.eventShareTop)}; articles: ${top(p.sites.articleShareTop)}`,
    `  Zipf exponent ${p.sites.zipfExponent} (${p.sites.zipfFit}); ranks 1-50: ${p.sites.headExponent}, within the top 50: ${top(p.sites.headShareTop)}`,
    `quad classes: ${list(p.quadClassShares)}`,
    `CAMEO roots: ${Object.entries(p.rootCodeShares).map(([k, v]) => `${k.slice(0, 2)} ${pct(v)}`).join(', ')}`,
    `PLOVER (mapped): ${list(p.ploverShares)}`,
    `dates: event date vs publication, days back: ${list(d.lagDaysShares)}`,
    `  raw per event date: ${d.eventDates.distinctDays} dates, busiest 10% hold ${pct(d.eventDates.topDecileDayShare)} (sampling artefact)`,
    `  events per 15-min slot: ${d.eventsPerSlot.min}-${d.eventsPerSlot.max}, median ${d.eventsPerSlot.median}, cv ${d.eventsPerSlot.cv}`,
    `  whole feed per sampled day (per slot): median ${d.feedPerDay.perSlot.median}, cv ${d.feedPerDay.cv}, busiest 10% of days ${pct(d.feedPerDay.topDecileDayShare)}`,
    `  one actor's busiest 10% of days (${d.actorTopDecileDayShare.actors} actors with ${d.actorTopDecileDayShare.minEvents}+ events): median ${pct(d.actorTopDecileDayShare.median)} (q25 ${pct(d.actorTopDecileDayShare.q25)}, q75 ${pct(d.actorTopDecileDayShare.q75)}; no-burst null ${pct(d.actorTopDecileDayShare.nullMedian)})`,
    `events per article (URL): ${p.eventsPerArticle.articles.toLocaleString('en')} articles, mean ${p.eventsPerArticle.mean}, median ${p.eventsPerArticle.median}, p90 ${p.eventsPerArticle.p90}, p99 ${p.eventsPerArticle.p99}, max ${p.eventsPerArticle.max}`,
    `  shares: ${list(p.eventsPerArticle.shares)}`,
    `reports per event: NumSources ${list(p.reportsPerEvent.numSourcesShares)}`,
    `  summed over slots (${p.reportsPerEvent.groups.toLocaleString('en')} groups): ${list(p.reportsPerEvent.sourcesPerGroupShares, 2)}`,
  ].join('\n');
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = resolve(process.argv[2] ?? join(here, '../../shared/data/gdelt'));
  const started = performance.now();
  const profile = calibrate(dir);
  const out = join(here, 'gdelt-profile.json');
  const json = `${JSON.stringify(profile, null, 2)}\n`;
  writeFileSync(out, json);
  console.log(summarise(profile));
  console.log(`wrote ${out} (${(json.length / 1024).toFixed(1)} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
