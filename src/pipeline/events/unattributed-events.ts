import type { PloverType } from '../../model/bundle-schema.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { isClauseBoundary } from '../text/clauses.ts';
import type { Token } from '../text/tokens.ts';

/**
 * Violence is reported by its victims far more often than by its authors ("three soldiers were killed by a
 * roadside bomb", "a journalist died in a car bomb explosion in Beirut"): PLOVER codes such an event with no
 * source, and so does Parley's gold (a stated party remains: the victim). Other types need someone acting: a
 * demand, a visit or a sanction nobody is named for is no event a reader can place.
 */
const RECORDED_WITHOUT_SOURCE = new Set<PloverType>(['ASSAULT']);

/** Parley's own cues weigh 0.5 and more; converted CAMEO verbs and a bare "operation" less. */
const MIN_WEIGHT_WITHOUT_SOURCE = 0.5;

/**
 * Whether an event with no source is still recorded: violence done to a victim the gazetteer knows, told by a
 * verb of Parley's own lexicon. Weaker cues without an author to anchor them are mostly figures of speech or
 * plans ("finish the job, destroying Hamas' infrastructure"); a noun is mostly the topic of another event
 * ("condemned the killing of civilians"); an unresolved name next to a place is mostly the place itself.
 * Two constructions state that violence took place without naming anyone (`reportsViolenceItself`), and one
 * that a meeting is held (`isMeetingHeld`): those are recorded with whatever parties they name, even none.
 */
export function isRecordedWithoutSource(draft: EventDraft, target: Participant[]): boolean {
  const { type, match, tokens } = draft;
  const trigger = match.trigger;
  if (type === 'CONSULT') return isMeetingHeld(match, tokens);
  if (!RECORDED_WITHOUT_SOURCE.has(type)) return false;
  if (reportsViolenceItself(match, tokens)) return target.every((p) => p.via !== 'unresolved');
  return (
    !trigger.isNoun &&
    trigger.weight >= MIN_WEIGHT_WITHOUT_SOURCE &&
    target.length > 0 &&
    target.every((p) => p.via !== 'unresolved')
  );
}

// Predicates that say of fighting that it happens, with the fighting as their subject: "clashes broke out",
// "the shelling resumed", "fighting is continuing", "killings, which began on Thursday, continued".
const OCCURRING = new Set([
  'continue',
  'continues',
  'continued',
  'continuing',
  'resume',
  'resumes',
  'resumed',
  'resuming',
  'erupt',
  'erupts',
  'erupted',
  'erupting',
  'begin',
  'begins',
  'began',
  'begun',
  'rage',
  'rages',
  'raged',
  'raging',
  'intensify',
  'intensifies',
  'intensified',
  'intensifying',
  'escalate',
  'escalates',
  'escalated',
  'escalating',
  'persist',
  'persists',
  'persisted',
  'persisting',
  'spread',
  'spreads',
  'spreading',
]);
// "broke out", "flared up", "went on": a verb and its particle.
const OCCURRING_WITH_PARTICLE: Record<string, ReadonlySet<string>> = {
  out: new Set(['break', 'breaks', 'broke', 'broken', 'breaking']),
  up: new Set(['flare', 'flares', 'flared', 'flaring']),
  on: new Set(['go', 'goes', 'went', 'gone', 'going']),
};
// Words that may stand between the fighting and its predicate: auxiliaries, adverbs, a relative pronoun.
const BETWEEN_SUBJECT_AND_PREDICATE =
  /^(has|have|had|is|are|was|were|been|be|being|will|would|still|again|also|reportedly|which|that|,)$/;
// What may stand after the noun before its predicate: a short prepositional phrase ("on the coast", "along the
// border", "in the north of the province"), never another verb.
const PHRASE_REACH = 8;
// Nouns of weapons whose striking is violence by itself: "a missile destroyed part of a school", "shells hit
// the market", "a drone struck a fuel depot". Who fired it may be unknown; that it struck is not.
const WEAPONS = new Set([
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'drone',
  'drones',
  'shell',
  'shells',
  'bomb',
  'bombs',
  'mortar',
  'mortars',
  'airstrike',
  'airstrikes',
  'artillery',
  'shelling',
  'projectile',
  'projectiles',
  'grenade',
  'grenades',
]);

/**
 * "Heavy fighting is continuing along the border", "clashes between the two armies broke out on Thursday",
 * "a missile destroyed part of a seminary": the violence is itself what is reported, by a noun of fighting
 * that is the subject of a predicate of its occurring, or by a verb of violence whose subject is a weapon.
 */
function reportsViolenceItself(match: TriggerMatch, tokens: Token[]): boolean {
  const trigger = match.trigger;
  if (trigger.isNoun || isGerundSubject(match, tokens))
    return trigger.weight >= MIN_WEIGHT_WITHOUT_SOURCE && hasOccurringPredicate(match, tokens);
  if (match.verbToken === null) return false;
  // "Clashes erupted", "fighting broke out", "shells fell near": a pattern that holds the fighting and its verb.
  if (match.verbToken > match.tokenStart && trigger.weight >= MIN_WEIGHT_WITHOUT_SOURCE) return true;
  return weaponSubject(match.verbToken, tokens);
}

/** "Shelling resumed overnight", "the heavy shelling continued": an -ing form with no subject is a noun. */
function isGerundSubject(match: TriggerMatch, tokens: Token[]): boolean {
  if (!match.verbForms?.includes('ing') || match.tokenEnd - match.tokenStart !== 1) return false;
  const before = tokens[match.tokenStart - 1];
  return !before || before.pos === 'DET' || before.pos === 'ADJ' || /^(the|fresh|renewed|heavy)$/.test(before.lower);
}

function hasOccurringPredicate(match: TriggerMatch, tokens: Token[]): boolean {
  for (let j = match.tokenEnd; j < Math.min(tokens.length, match.tokenEnd + PHRASE_REACH + 4); j++) {
    const word = tokens[j]!.lower;
    if (OCCURRING.has(word)) return true;
    const particle = OCCURRING_WITH_PARTICLE[tokens[j + 1]?.lower ?? ''];
    if (particle?.has(word)) return true;
    if (BETWEEN_SUBJECT_AND_PREDICATE.test(word) || /ly$/.test(word)) continue;
    // The prepositional phrase after the noun holds no verb of its own and no clause break.
    if (j - match.tokenEnd >= PHRASE_REACH || tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
    if (!tokens[j]!.isWord || isClauseBoundary(tokens[j]!, tokens[j + 1])) return false;
  }
  return false;
}

/** The verb's subject is a weapon noun ("a missile had destroyed", "Russian shells hit"), past auxiliaries. */
function weaponSubject(verb: number, tokens: Token[]): boolean {
  let j = verb - 1;
  while (j >= 0 && /^(has|have|had|was|were|is|are|reportedly|also|then)$/.test(tokens[j]!.lower)) j--;
  return j >= 0 && WEAPONS.has(tokens[j]!.lower) && tokens[j]!.pos !== 'VERB';
}

/**
 * "The talks will be held at the palace", "talks in Muscat on Saturday were held at the minister's residence",
 * "the summit took place": a meeting reported by its being held happens whoever takes part, and the sentence
 * may name nobody. A meeting noun that is the subject of "be held" or "take place".
 */
export function isMeetingHeld(match: TriggerMatch, tokens: Token[]): boolean {
  if (!match.trigger.isNoun || match.trigger.mode === 'visit') return false;
  for (let j = match.tokenEnd; j < Math.min(tokens.length - 1, match.tokenEnd + PHRASE_REACH + 4); j++) {
    const word = tokens[j]!.lower;
    if (word === 'held' && /^(be|been|being|was|were|is|are)$/.test(tokens[j - 1]!.lower)) return true;
    if (/^(take|takes|took|taken|taking)$/.test(word) && tokens[j + 1]!.lower === 'place') return true;
    if (BETWEEN_SUBJECT_AND_PREDICATE.test(word) || /^(will|to|due|set|expected|scheduled|not|be)$/.test(word))
      continue;
    if (j - match.tokenEnd >= PHRASE_REACH || tokens[j]!.pos === 'VERB') return false;
    if (!tokens[j]!.isWord || isClauseBoundary(tokens[j]!, tokens[j + 1])) return false;
  }
  return false;
}

/**
 * "Twenty soldiers were killed when rebels attacked them": the victims of violence told without its author are
 * the targets of the violence of the same type that the sentence names an author for. One event: the author's,
 * given the victims when it names none; the authorless draft goes.
 */
export function withAuthorsOfViolence(drafts: EventDraft[]): EventDraft[] {
  const out = [...drafts];
  for (const victimDraft of drafts) {
    if (!RECORDED_WITHOUT_SOURCE.has(victimDraft.type) || victimDraft.source.length > 0) continue;
    const author = nearestAuthor(victimDraft, out);
    if (!author) continue;
    out.splice(out.indexOf(victimDraft), 1);
    if (author.target.length === 0) out[out.indexOf(author)] = { ...author, target: victimDraft.target };
  }
  return out;
}

function nearestAuthor(victimDraft: EventDraft, drafts: EventDraft[]): EventDraft | null {
  const at = victimDraft.match.tokenStart;
  let best: EventDraft | null = null;
  for (const d of drafts) {
    if (d === victimDraft || d.type !== victimDraft.type || d.source.length === 0) continue;
    if (!best || Math.abs(d.match.tokenStart - at) < Math.abs(best.match.tokenStart - at)) best = d;
  }
  return best;
}
