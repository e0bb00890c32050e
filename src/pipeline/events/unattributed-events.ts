import type { PloverType } from '../../model/bundle-schema.ts';
import type { EventDraft } from './event-records.ts';
import type { CompiledTrigger } from './trigger-lexicon.ts';
import type { Participant } from './participants.ts';

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
 */
export function isRecordedWithoutSource(type: PloverType, trigger: CompiledTrigger, target: Participant[]): boolean {
  return (
    RECORDED_WITHOUT_SOURCE.has(type) &&
    !trigger.isNoun &&
    trigger.weight >= MIN_WEIGHT_WITHOUT_SOURCE &&
    target.length > 0 &&
    target.every((p) => p.via !== 'unresolved')
  );
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
