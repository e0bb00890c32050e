import type { PloverType } from '../../model/bundle-schema.ts';
import { TYPE_FAMILY } from '../../model/type-family.ts';
import { type DayNumber, parseIsoDay } from '../dates/calendar.ts';
import { dateInterval } from '../dates/resolve-date.ts';
import type { ExtractedEvent } from '../events/event-records.ts';
import { familiesToSearch } from './neighbour-types.ts';
import type { Parties, PartyOf } from './parties.ts';

/**
 * Where an event was published, for undated events and for the cluster's outlets; and `place`, the point its
 * location is drawn at (`placeKeys`: a venue at its city), so that "at the White House" and "in Washington"
 * are one place. Without it the location string is the place.
 */
export type EventContext = { published: string | null; outletId: string; place?: string | null };

/** A report as clustering sees it: its family, parties, direction and the days it may fall on. */
export type ReportProfile = {
  event: ExtractedEvent;
  family: string;
  /** The families whose clusters it may join: its own, and its neighbouring types' (`neighbour-types.ts`). */
  searched: readonly string[];
  /** Source and target actor ids, each once. */
  actors: string[];
  sources: string[];
  /** The party each actor stands for (`partyOf`), in the order of `actors`. */
  actorParties: string[];
  /** Whether each actor led its party on the report's date, in the order of `actors`. */
  actorLeads: boolean[];
  /** The parties the actors stand for, each once, sorted: for a quick test before actors are matched one by one. */
  partyList: string[];
  /** Who did it matters for this type (an attack, a sanction); not for meeting, agreeing or cooperating. */
  directed: boolean;
  /** The days the report may fall on, or null when it gives too little to compare (no date, or a year). */
  window: [DayNumber, DayNumber] | null;
  /** The day vague reports are measured from: publication. */
  published: DayNumber | null;
  /**
   * The same report without the actors other reports cannot be expected to name alike, for comparing parties:
   * targets that are only the place an attack fell on ("missiles at a base in Qatar": Qatar is where, the base
   * may be another state's) and names the gazetteer does not know; null when it has none.
   */
  firm: ReportProfile | null;
  /** Whether `firm` leaves out a target that is only a place. */
  placeAside: boolean;
  /** Whether `firm` leaves out a name the gazetteer does not know. */
  namesAside: boolean;
  /** Where it happened, as a point (a venue is its city), or null when the report names no place. */
  place: string | null;
  /** People, armies and envoys named, not just states: the more, the more specific the report. */
  specificity: number;
  partyOf: PartyOf;
};

/** Types where one party meets, agrees or cooperates with another: either may be named first. */
const MUTUAL_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/**
 * Triggers of fighting both sides do (clashes, battles, an exchange of fire): outlets name either side first
 * ("A clashed with B", "B clashed with A"), so who is named as acting says nothing of which event it is.
 */
const RECIPROCAL_FIGHTING = /\b(clash|fight|fought|battl|skirmish|hostilities|exchang\w* (of )?fire)/i;

/**
 * How far around publication an undated report may sit from a dated report of the same event: outlets
 * report most events within a few days, and say so when it was longer ago.
 */
export const UNDATED_WINDOW_DAYS = 3;

/** The widest window that can still be laid on one event (about two months); a year is too vague. */
export const WIDEST_WINDOW_DAYS = 62;

/** Builds a report's profile: family, actors, direction and its window of days. */
export function profileReport(e: ExtractedEvent, context: EventContext, { partyOf, leads }: Parties): ReportProfile {
  const actors = [...new Set([...e.source, ...e.target])];
  const actorParties = actors.map(partyOf);
  const day = e.date ?? context.published;
  const published = context.published ? parseIsoDay(context.published) : null;
  const profile: ReportProfile = {
    event: e,
    family: TYPE_FAMILY[e.type],
    searched: familiesToSearch(e.type),
    actors,
    sources: [...new Set(e.source)],
    actorParties,
    actorLeads: actors.map((id, i) => actorParties[i] !== id && leads(id, day)),
    partyList: [...new Set(actorParties)].sort(),
    directed: !MUTUAL_TYPES.has(e.type) && !RECIPROCAL_FIGHTING.test(e.trigger.text),
    window: windowOf(e, published),
    published,
    place: context.place !== undefined ? context.place : e.location,
    specificity: actors.filter((id, i) => actorParties[i] !== id).length,
    partyOf,
    firm: null,
    placeAside: false,
    namesAside: false,
  };
  const places = placeTargets(e, profile.family);
  const unknown = actors.filter(isUnresolved);
  if (places.length > 0 || unknown.length > 0) {
    profile.placeAside = places.length > 0;
    profile.namesAside = unknown.length > 0;
    const kept = actors.flatMap((id, i) => (places.includes(id) || isUnresolved(id) ? [] : [i]));
    const firmParties = kept.map((i) => actorParties[i]!);
    profile.firm = {
      ...profile,
      actors: kept.map((i) => actors[i]!),
      actorParties: firmParties,
      actorLeads: kept.map((i) => profile.actorLeads[i]!),
      partyList: [...new Set(firmParties)].sort(),
    };
  }
  return profile;
}

/**
 * Targets of an attack that are only the place it fell on: the event's location, in the same words, after a
 * facility another state may keep there ("missiles at a base in Qatar", "a drone hit an embassy in Iraq");
 * another outlet may name whose base it was. A place alone ("strikes in Lebanon") stays the target.
 */
function placeTargets(e: ExtractedEvent, family: string): string[] {
  if (family !== 'force' || !e.location || !FACILITY_IN.test(e.evidence.text)) return [];
  const place = bare(e.location);
  const sentence = e.evidence.text.toLowerCase();
  return e.target.filter((id) => {
    if (e.source.includes(id)) return false;
    const spans = e.actorSpans.filter((s) => s.actorId === id);
    return spans.length > 0 && spans.every((s) => bare(s.text) === place && facilityIn(sentence, place));
  });
}

/** A facility a state may keep in another's country, then "in": a cheap test before the place is looked for. */
const FACILITY_IN =
  /\b(bases?|embass(y|ies)|consulates?|camps?|facilit(y|ies)|compounds?|outposts?|ships?|vessels?|tankers?|warships?) in\b/i;

/** Whether the sentence has a facility "in" the place: "a base in Qatar", "the embassy in the Sudan". */
function facilityIn(sentence: string, place: string): boolean {
  for (const m of sentence.matchAll(new RegExp(FACILITY_IN.source, 'gi')))
    if (bare(sentence.slice(m.index + m[0].length).trimStart()).startsWith(place)) return true;
  return false;
}

/** A name the gazetteer does not know ("unresolved:..."): another outlet may name that party otherwise. */
const isUnresolved = (id: string) => id.startsWith('unresolved:');

const bare = (name: string) => name.toLowerCase().replace(/^the /, '');

/**
 * The days a report may fall on, from its precision: a day is that day, a week or month its span; a report
 * with no date of its own ('unknown', dated by publication) is a window around its date or publication, which
 * ends there when the report says the event occurred (it had happened by then) and starts the day before
 * when it is planned or hoped for.
 */
export function windowOf(e: ExtractedEvent, published: DayNumber | null): [DayNumber, DayNumber] | null {
  if (e.datePrecision === 'unknown') {
    const around = (e.date ? parseIsoDay(e.date) : null) ?? published;
    if (around === null) return null;
    const before = e.modality === 'planned' || e.modality === 'hypothetical' ? 1 : UNDATED_WINDOW_DAYS;
    const after = e.modality === 'occurred' ? 0 : UNDATED_WINDOW_DAYS;
    return [around - before, around + after];
  }
  const interval = dateInterval(e.date, e.datePrecision);
  if (!interval || interval[1] - interval[0] > WIDEST_WINDOW_DAYS) return null;
  return interval;
}

/**
 * Evidence first: reports naming all their parties alike before those with an actor set aside (`firm`), which
 * join a cluster only when one fits them best and so must find the clusters made; then day-precise before
 * week, month and undated; then the more specific; then the more parties; then by id.
 */
export function byEvidence(a: ReportProfile, b: ReportProfile): number {
  return (
    Number(a.firm !== null) - Number(b.firm !== null) ||
    widthOf(a) - widthOf(b) ||
    b.specificity - a.specificity ||
    b.actors.length - a.actors.length ||
    (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0)
  );
}

const widthOf = (p: ReportProfile) => (p.window ? p.window[1] - p.window[0] : Infinity);
