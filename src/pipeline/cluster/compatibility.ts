import { parseIsoDay } from '../dates/calendar.ts';
import { neighbourTypes } from './neighbour-types.ts';
import { sameParty } from './parties.ts';
import type { ReportProfile } from './report-profile.ts';

/**
 * Whether two reports may be one real-world event: same type family or neighbouring types, overlapping windows
 * of days, parties in common (a state and its leader are one party; two people of one state are not), and for
 * an attack, sanction or accusation the same side acting.
 */
export function compatible(a: ReportProfile, b: ReportProfile): boolean {
  if (!a.window || !b.window) return false;
  if (a.family !== b.family && !neighbourTypes(a.event.type, b.event.type)) return false;
  if (a.window[1] < b.window[0] || b.window[1] < a.window[0]) return false;
  if (!partiesOverlap(a, b) && !overlapBesideSetAside(a, b)) return false;
  return !(a.directed && b.directed) || sameSideActs(a, b);
}

/**
 * Parties in common once the actors of `firm` are set aside: a target that is only the place an attack fell
 * on, when the other report places it nowhere else ("missiles at a base in Qatar" and "missiles at an
 * American base"); a name the gazetteer does not know, when what the other report names beside the common
 * parties is a state or body that person may act for, not a known person (who would have been named alike).
 */
function overlapBesideSetAside(a: ReportProfile, b: ReportProfile): boolean {
  if (!a.firm && !b.firm) return false;
  if (elsewhere(a, b) || elsewhere(b, a)) return false;
  const fa = a.firm ?? a;
  const fb = b.firm ?? b;
  if ((a.namesAside && !othersMayBeUnknown(b, fa)) || (b.namesAside && !othersMayBeUnknown(a, fb))) return false;
  return partiesOverlap(fa, fb);
}

/** Whether `a` sets aside a target that is only a place and `b` places the event somewhere else. */
function elsewhere(a: ReportProfile, b: ReportProfile): boolean {
  return a.placeAside && b.place !== null && b.place !== a.place;
}

/** Whether every actor of `b` that `known` does not match is its own party (a state or body, not a person). */
function othersMayBeUnknown(b: ReportProfile, known: ReportProfile): boolean {
  for (let j = 0; j < b.actors.length; j++)
    if (b.actorParties[j] !== b.actors[j] && !matchesAny(b.actors[j]!, b.actorParties[j]!, known)) return false;
  return true;
}

/**
 * Whether two reports are enough, together, to say they are one event: a report with no date of its own is
 * placed only roughly, and a report naming one party matches on that party alone; two such guesses at once
 * ("Netanyahu rejected..." twice in one week's news) are not evidence of one event.
 */
export function solidPair(a: ReportProfile, b: ReportProfile): boolean {
  // Reports that share their parties only once actors are set aside (`ReportProfile.firm`) count by those kept.
  const direct = (a.firm === null && b.firm === null) || partiesOverlap(a, b);
  const onePartied = (direct ? a : (a.firm ?? a)).actors.length < 2 || (direct ? b : (b.firm ?? b)).actors.length < 2;
  return !(onePartied && a.event.datePrecision === 'unknown' && b.event.datePrecision === 'unknown');
}

/** How many actors of `a` are one party with some actor of `b`. */
function matched(a: ReportProfile, b: ReportProfile): number {
  let n = 0;
  for (let i = 0; i < a.actors.length; i++) if (matchesAny(a.actors[i]!, a.actorParties[i]!, b)) n++;
  return n;
}

/** Whether the actor `x` (of party `px`) is one party with some actor of `b`: the same, or one stands for the other. */
function matchesAny(x: string, px: string, b: ReportProfile): boolean {
  for (let j = 0; j < b.actors.length; j++) {
    const y = b.actors[j]!;
    if (x === y || px === y || b.actorParties[j] === x) return true;
  }
  return false;
}

/** Overlap: every party shared when either report names one, at least two otherwise. */
export function partiesOverlap(a: ReportProfile, b: ReportProfile): boolean {
  const need = Math.min(2, a.actors.length, b.actors.length);
  let common = 0;
  for (const party of a.partyList) if (b.partyList.includes(party)) common++;
  // One party of a leader and their state is one party, so parties in common bound the actors matched.
  if (need === 0 || common < Math.min(need, a.partyList.length, b.partyList.length)) return false;
  return Math.min(matched(a, b), matched(b, a)) >= need;
}

/**
 * Directed reports agree on who acted when both name a source ("India struck" is not "Pakistan shelled"); when
 * one names only who was hit, the other does not have that party acting alone ("Ethiopian troops came under
 * fire" is not Ethiopia's own strike that day).
 */
function sameSideActs(a: ReportProfile, b: ReportProfile): boolean {
  if (a.sources.length === 0) return b.sources.length === 0 || !hitPartyActs(a, b);
  if (b.sources.length === 0) return !hitPartyActs(b, a);
  for (const x of a.sources) for (const y of b.sources) if (sameParty(x, y, a.partyOf)) return true;
  return false;
}

/** Whether the targets of `hit` (which names no source) are all among `other`'s sources and none of its targets. */
function hitPartyActs(hit: ReportProfile, other: ReportProfile): boolean {
  const targets = hit.event.target;
  if (targets.length === 0) return false;
  // For direction every actor of one state is its side, though two of its officials are not one party.
  const among = (x: string, ids: string[]) => ids.some((y) => hit.partyOf(x) === hit.partyOf(y));
  return targets.every((x) => among(x, other.sources) && !among(x, other.event.target));
}

/**
 * How well `b` fits `a`, for choosing among compatible clusters: the same actor counts 2; a state matched with
 * a person counts 1 when that person led it then (a state named as a party is most often its leader), 0.5
 * otherwise; actors only one report names count -0.5; the same place 3, the same type and article 1 each;
 * and for a report with no exact day, its distance from publication counts against.
 */
export function fitScore(a: ReportProfile, b: ReportProfile): number {
  const [ab, ba] = [matched(a, b), matched(b, a)];
  const unmatched = a.actors.length - ab + (b.actors.length - ba);
  let score = sharedWeight(a, b) - unmatched * 0.5;
  if (a.place !== null && a.place === b.place) score += 3;
  if (a.event.articleId === b.event.articleId) score += 1;
  if (a.event.type === b.event.type) score += 1;
  if (a.event.datePrecision !== 'day' && a.published !== null && b.event.date)
    score -= Math.abs((parseIsoDay(b.event.date) ?? a.published) - a.published) / 10;
  return score;
}

/** Each actor of `a` that `b` shares: 2 for the same actor, 1 or 0.5 for a person and their state. */
function sharedWeight(a: ReportProfile, b: ReportProfile): number {
  let sum = 0;
  for (let i = 0; i < a.actors.length; i++) {
    const x = a.actors[i]!;
    if (b.actors.includes(x)) {
      sum += 2;
      continue;
    }
    let best = 0;
    for (let j = 0; j < b.actors.length; j++) {
      if (a.actorParties[i] !== b.actors[j] && b.actorParties[j] !== x) continue;
      best = Math.max(best, a.actorLeads[i] || b.actorLeads[j] ? 1 : 0.5);
    }
    sum += best;
  }
  return sum;
}
