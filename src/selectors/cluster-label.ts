import { PLOVER_TYPES } from '../model/bundle-schema.ts';
import { actorShortName } from './actor-short-name.ts';
import type { BundleIndex } from './bundle-index.ts';
import { type EventVerb, matchVerbRule, TYPE_VERBS } from './event-verbs.ts';

/** A headline for a cluster ("Trump hosts Netanyahu"), or null when its reports name no actor. */
export type ClusterLabeller = (clusterIndex: number) => string | null;

/**
 * Builds headlines for clusters from their reports, each once and only when asked (the timeline asks
 * for the few largest clusters in view). The verb is the most-reported specific verb the triggers call
 * for, else the type's plain verb; the subject and object are the actors those reports name most often.
 */
export function createClusterLabeller(index: BundleIndex): ClusterLabeller {
  const shortNames = new Map(index.bundle.actors.map((a) => [a.id, actorShortName(a)]));
  const cache = new Map<number, string | null>();
  const shortName = (id: string) => shortNames.get(id) ?? index.actorName.get(id) ?? id;
  return (c) => {
    const known = cache.get(c);
    if (known !== undefined) return known;
    const label = buildLabel(index, c, shortName);
    cache.set(c, label);
    return label;
  };
}

function buildLabel(index: BundleIndex, c: number, shortName: (id: string) => string): string | null {
  const { verb: plain, rules } = TYPE_VERBS[PLOVER_TYPES[index.clusterType[c]!]!];
  const events = Array.from(index.clusterEventsOf(c), (e) => index.events.at(e)!);
  const ruleOf = events.map((e) => matchVerbRule(rules, e.trigger.text, e.mode));
  const rule = mostFrequent(ruleOf.filter((r) => r >= 0));
  const chosen = rule === null ? events : events.filter((_, k) => ruleOf[k] === rule);
  const targetFirst = rule !== null && rules[rule]!.targetFirst === true;
  const verb: EventVerb = rule === null ? plain : rules[rule]!;
  const { subject, object } = mainParties(chosen, targetFirst, verb.mutual === true);
  if (subject === null) return null;
  return object === null
    ? `${shortName(subject)} ${verb.intransitive}`
    : `${shortName(subject)} ${verb.transitive} ${shortName(object)}`;
}

/**
 * The actor the reports name most often as source (the subject) and, apart from it, as target (the
 * object); with no target and a mutual verb, a co-source ("Israel and Hamas held talks"). When the verb
 * puts the target first ("hosts"), a report with a target is read the other way round.
 */
function mainParties(
  events: readonly { source: string[]; target: string[] }[],
  targetFirst: boolean,
  mutual: boolean,
): { subject: string | null; object: string | null } {
  const subjects: string[] = [];
  const objects: string[] = [];
  for (const e of events) {
    const swap = targetFirst && e.target.length > 0;
    subjects.push(...(swap ? e.target : e.source));
    objects.push(...(swap ? e.source : e.target));
  }
  const subject = mostFrequent(subjects);
  const others = (ids: string[]) => ids.filter((id) => id !== subject);
  return { subject, object: mostFrequent(others(objects)) ?? (mutual ? mostFrequent(others(subjects)) : null) };
}

/** The most frequent value, the first seen among equals (null for none). */
function mostFrequent<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const value of values) {
    const n = (counts.get(value) ?? 0) + 1;
    counts.set(value, n);
    if (n > bestCount) [best, bestCount] = [value, n];
  }
  return best;
}
