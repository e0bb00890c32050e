import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** A participant as `participants.ts` gives it; only the id matters here. */
type Party = { actorId: string };

const JOINING_WORDS = new Set(['and', 'but']);

/**
 * "detained the president on Wednesday and said they had seized power": a verb of saying at `verb` joined by
 * "and" or "but" to the act before it has that act's actor as its subject (its grammatical subject when the
 * act reads in reverse, "hosted"), not the one acted on, which stands nearer. Null when nothing is joined so.
 */
export function joinedSpeaker<P extends Party>(
  verb: number,
  tokens: Token[],
  previous: { match: TriggerMatch; source: P[]; target: P[] } | null,
): P[] | null {
  if (!previous || !JOINING_WORDS.has(tokens[verb - 1]?.lower ?? '')) return null;
  if (previous.match.trigger.isNoun || previous.match.tokenEnd > verb - 1) return null;
  const speaker =
    previous.match.trigger.direction === 'reverse' && previous.target.length > 0 ? previous.target : previous.source;
  return speaker.length > 0 ? speaker : null;
}

const PLURAL_PRONOUNS = new Set(['they', 'their', 'them']);

/**
 * "they" and "their" name a group, never one person: found as a single person, they are the parties of the
 * meeting that person took part in just before ("hosted Xi and said they had agreed"), else no one.
 */
export function pluralReading<P extends Party>(
  pronoun: Token,
  found: P[],
  previous: { match: TriggerMatch; source: P[]; target: P[] } | null,
  isPerson: ((actorId: string) => boolean) | undefined,
): P[] {
  if (!PLURAL_PRONOUNS.has(pronoun.lower) || found.length !== 1 || !isPerson?.(found[0]!.actorId)) return found;
  const one = found[0]!.actorId;
  const parties = meetingParties(previous);
  return parties.length > 1 && parties.some((p) => p.actorId === one) ? parties : [];
}

function meetingParties<P extends Party>(previous: { match: TriggerMatch; source: P[]; target: P[] } | null): P[] {
  if (!previous || previous.match.trigger.type !== 'CONSULT') return [];
  const all = [...previous.source, ...previous.target];
  return all.filter((p, i) => all.findIndex((q) => q.actorId === p.actorId) === i);
}
