import type { PloverType } from '../../model/bundle-schema.ts';
import type { ResolvedDate } from '../dates/resolve-date.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

// Force a speaker announces with no one named to use it ("strikes on targets inside Venezuela could come next",
// "there would be bombing if Iran did not make a deal"): the speaker's side would use it, and announcing it is
// the speaker's THREATEN (PLOVER: a stated intent to use force, conditional or not).
const FORCE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);

// How far after the act its condition is looked for.
const CONDITION_REACH = 12;

/** Who can use force on someone: a state or an armed group, not a mediator or a news outlet. */
export type CanUseForce = (actorId: string) => boolean;

/**
 * Gives a sourceless future or possible act of force, framed by a speaker, to the speaker's side, and adds the
 * speaker's THREATEN against its target. Only when the act has a target of another side (its own, or the party
 * whose act its condition names: "if Iran did not make a deal"), so that a victim's warning that strikes would
 * go on ("Kyiv said strikes on its cities would continue") is no threat of its own.
 */
export function withAnnouncedForce(
  drafts: EventDraft[],
  statementDate: ResolvedDate,
  sideOf: (actorId: string) => string,
  canUseForce: CanUseForce,
): EventDraft[] {
  const announced = new Map<EventDraft, EventDraft>();
  for (const d of drafts) {
    const act = announcedAct(d, sideOf, canUseForce);
    if (act) announced.set(d, act);
  }
  if (announced.size === 0) return drafts;
  // The THREATENs of each sentence with an announced act, so that a long article is not scanned once per act.
  const acts = new Map<EventDraft['sentence'], EventDraft[]>();
  for (const act of announced.values()) acts.set(act.sentence, [...(acts.get(act.sentence) ?? []), act]);
  const threats = new Map<EventDraft['sentence'], EventDraft[]>();
  for (const d of drafts)
    if (d.type === 'THREATEN' && acts.has(d.sentence)) threats.set(d.sentence, [...(threats.get(d.sentence) ?? []), d]);
  return drafts.flatMap((d) => {
    const act = announced.get(d);
    if (!act) return d.type === 'THREATEN' ? [withThreatTarget(d, acts.get(d.sentence) ?? [])] : [d];
    const threatened = (threats.get(d.sentence) ?? []).some((o) => sameSpeaker(o, d));
    return threatened ? [act] : [act, threatOf(act, d.saidBy!, d.statementDate ?? statementDate)];
  });
}

function announcedAct(d: EventDraft, sideOf: (actorId: string) => string, canUseForce: CanUseForce): EventDraft | null {
  if (!FORCE.has(d.type) || d.source.length > 0 || !d.saidBy || d.saidBy.length === 0) return null;
  if (d.modality !== 'planned' && d.modality !== 'hypothetical') return null;
  const sides = [...new Set(d.saidBy.map((p) => sideOf(p.actorId)))];
  if (!sides.every(canUseForce)) return null;
  const foreign = (ps: Participant[]) => ps.filter((p) => !sides.includes(sideOf(p.actorId)));
  const target = d.target.length > 0 ? d.target : (d.conditionedOn ?? []);
  if (target.length === 0 || foreign(target).length < target.length) return null;
  const source = sides.map((id) => ({ actorId: id, span: null, via: 'anaphora' as const }));
  return { ...d, source, target };
}

/**
 * "there would be bombing if Iran did not make a deal", "committed to withdrawing if the Taliban kept their side":
 * the party an act is conditioned on, the first actor named right after its "if", "unless" or "until". Read while
 * drafting, where the sentence's mentions are known.
 */
export function conditionedParty(match: TriggerMatch, tokens: Token[], mentions: ActorMention[]): Participant[] {
  for (let j = match.tokenEnd; j < Math.min(tokens.length, match.tokenEnd + CONDITION_REACH); j++) {
    const word = tokens[j]!.lower;
    if (word === ';') return [];
    if (word !== 'if' && word !== 'unless' && word !== 'until') continue;
    const subject = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
    const named = mentions.find((m) => m.tokenStart === subject && m.via !== 'adjective');
    return named ? [{ actorId: named.actorId, span: { start: named.start, end: named.end }, via: named.via }] : [];
  }
  return [];
}

function sameSpeaker(threat: EventDraft, act: EventDraft): boolean {
  return threat.source.some((p) => act.saidBy!.some((s) => s.actorId === p.actorId));
}

/** A THREATEN that names no one threatened is against the force its sentence announces (`acts`: the sentence's). */
function withThreatTarget(d: EventDraft, acts: EventDraft[]): EventDraft {
  if (d.type !== 'THREATEN' || d.target.length > 0) return d;
  const act = acts.find((a) => sameSpeaker(d, a));
  return act ? { ...d, target: act.target } : d;
}

function threatOf(act: EventDraft, speakers: Participant[], date: ResolvedDate): EventDraft {
  return {
    ...act,
    type: 'THREATEN',
    mode: null,
    source: speakers,
    modality: 'occurred',
    modalityCue: `announced (${act.modalityCue}) by the side that would act: ${act.type}`,
    date,
    dateSpan: null,
    statedIntent: true,
    saidBy: undefined,
    demandedBy: undefined,
  };
}
