import type { ActorMention } from '../actors/find-mentions.ts';
import { isClauseBoundary } from '../text/clauses.ts';
import type { EventDraft } from './event-records.ts';
import { mediatorMentions } from './mediators.ts';
import type { Participant } from './participants.ts';

// How far after a promise ("agreed to", "pledged on Monday to") the act it promises may begin.
const REACH = 6;

/**
 * "Hamas agreed to release Israeli hostages", "pledged to stop shelling Kharkiv": a promise that names no
 * counterpart is made to the party its promised act is done to, the act's target. The act is the sentence's
 * next event, beginning right after the promise's "to", done by the one promising (or by no one named).
 */
export function withPromisedActTargets(
  drafts: EventDraft[],
  sideOf: (actorId: string) => string,
  mentions: readonly ActorMention[] = [],
): EventDraft[] {
  return drafts.map((promise) => {
    if (!isOpenPromise(promise)) return promise;
    const own = new Set(promise.source.map((p) => sideOf(p.actorId)));
    const act = promisedAct(promise, drafts, sideOf);
    // "committed to withdrawing if the Taliban kept their side": with no one acted on, the party of the condition.
    const parties = act ? (act.target.length > 0 ? act.target : (act.conditionedOn ?? [])) : [];
    const target = parties.filter((p) => !own.has(sideOf(p.actorId)));
    if (target.length > 0) return { ...promise, target };
    const named = partyNamedInPromise(promise, mentions, own, sideOf);
    return named ? { ...promise, target: [named] } : promise;
  });
}

// How far into the promised act a party it names is looked for.
const ACT_REACH = 20;

/**
 * "pledged to resume buying American soybeans", "agreed to merge its institutions into the Syrian state",
 * "agreed to take back Venezuelan migrants deported from the United States": when no event of the act names
 * the one it is done for, the first other side the act names, by name or demonym, is the promise's counterpart.
 */
function partyNamedInPromise(
  promise: EventDraft,
  mentions: readonly ActorMention[],
  own: Set<string>,
  sideOf: (actorId: string) => string,
): Participant | null {
  const { tokens, match } = promise;
  const mediators = mediatorMentions(tokens, mentions);
  let end = match.tokenEnd;
  while (end < Math.min(tokens.length, match.tokenEnd + ACT_REACH)) {
    const token = tokens[end]!;
    if (token.text === ',' || token.text === ';' || isClauseBoundary(token, tokens[end + 1])) break;
    end++;
  }
  const named = mentions.find(
    (m) =>
      m.tokenStart >= match.tokenEnd &&
      m.tokenEnd <= end &&
      !m.actorId.startsWith('unresolved:') &&
      !own.has(sideOf(m.actorId)) &&
      // "agreed to a truce brokered by the African Union": who brokers a deal is not the party it is made with.
      !mediators.includes(m),
  );
  return named
    ? { actorId: sideOf(named.actorId), span: { start: named.start, end: named.end }, via: named.via }
    : null;
}

/** An AGREE verb taking an infinitive ("agreed to", "promised on Friday to") with nobody on the other side. */
function isOpenPromise(d: EventDraft): boolean {
  if (d.type !== 'AGREE' || d.match.trigger.isNoun || d.target.length > 0 || d.source.length === 0) return false;
  const { tokens, match } = d;
  for (let j = match.tokenEnd - 1; j < Math.min(tokens.length, match.tokenEnd + 4); j++)
    if (tokens[j]!.lower === 'to') return true;
  return false;
}

function promisedAct(
  promise: EventDraft,
  drafts: EventDraft[],
  sideOf: (actorId: string) => string,
): EventDraft | undefined {
  const sides = new Set(promise.source.map((p) => sideOf(p.actorId)));
  const end = promise.match.tokenEnd;
  const next = drafts
    .filter((d) => d !== promise && d.sentence === promise.sentence && d.match.tokenStart >= end)
    .sort((a, b) => a.match.tokenStart - b.match.tokenStart)[0];
  if (!next || next.match.tokenStart - end > REACH) return undefined;
  const byPromiser = next.source.length === 0 || next.source.some((p) => sides.has(sideOf(p.actorId)));
  return byPromiser ? next : undefined;
}
