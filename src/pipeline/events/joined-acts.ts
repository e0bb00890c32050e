import type { PloverType } from '../../model/bundle-schema.ts';
import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import { readModality } from './modality.ts';
import type { Participant } from './participants.ts';
import type { VerbForm } from './trigger-lexicon.ts';

// "Britain joined American strikes on the Houthis", "Canada joined the EU sanctions against Belarus", "Switzerland
// did not join the sanctions": joining another party's act of force or pressure is doing it too, so the one who
// joins is a source of the act, aimed at its target, with the modality of "join". The act's noun was read with its
// owner alone, and the joiner was no party.
const JOIN_FORMS = new Map<string, VerbForm[]>([
  ['join', ['base']],
  ['joins', ['present']],
  ['joined', ['past', 'participle']],
  ['joining', ['ing']],
]);
const JOINED_TYPES = new Set<PloverType>(['ASSAULT', 'SANCTION', 'COERCE']);
// Words of the act's phrase between "join" and its noun that are no name: "the", "new", "US-led", "allied".
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'VERB']);
const PHRASE_REACH = 6;
// Words between the one who joins and "join": "did not join", "will also join", "refused to join", "weighed joining".
const BEFORE_JOIN = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'never',
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'also',
  'later',
  'swiftly',
  'quickly',
  'then',
  'to',
  'refused',
  'declined',
  'agreed',
  'decided',
  'voted',
  'plans',
  'planned',
  'weighed',
  'weighing',
  'considered',
  'considering',
  'mulled',
  'mulling',
  'yet',
]);

/** The "join" governing the noun act at `start`, past its determiner, owner and modifiers, else -1. */
function joinBefore(tokens: Token[], start: number, mentions: readonly ActorMention[]): number {
  for (let j = start - 1; j >= Math.max(0, start - PHRASE_REACH); j--) {
    const token = tokens[j]!;
    if (JOIN_FORMS.has(token.lower)) return j;
    const named = mentions.some((m) => m.tokenStart <= j && j < m.tokenEnd);
    const phraseWord = PHRASE_POS.has(token.pos ?? '') && !token.capitalised;
    if (!named && !phraseWord && token.text !== '-' && token.lower !== "'s" && token.lower !== '’s') return -1;
  }
  return -1;
}

/** The party right before "join" and its auxiliaries, else null. */
function joinerOf(tokens: Token[], join: number, mentions: readonly ActorMention[]): ActorMention | null {
  let k = join - 1;
  while (k > 0 && BEFORE_JOIN.has(tokens[k]!.lower)) k--;
  return mentions.find((m) => m.tokenEnd === k + 1 && m.via !== 'adjective') ?? null;
}

/** An act of force or pressure told by its noun ("strikes", "sanctions": also a verb entry's -s form read as a noun). */
function isJoinableAct(d: EventDraft): boolean {
  return JOINED_TYPES.has(d.type) && (d.match.trigger.isNoun || d.tokens[d.match.tokenStart]?.pos === 'NOUN');
}

/** Adds, beside an act of force or pressure that a party joins, the joiner's own act. */
export function withJoinedActs(drafts: EventDraft[], mentions: readonly ActorMention[]): EventDraft[] {
  if (!drafts.some(isJoinableAct)) return drafts;
  return drafts.flatMap((d) => {
    if (!isJoinableAct(d)) return [d];
    const { tokens, match } = d;
    const join = joinBefore(tokens, match.tokenStart, mentions);
    if (join < 0) return [d];
    const joiner = joinerOf(tokens, join, mentions);
    if (!joiner || [...d.source, ...d.target].some((p) => p.actorId === joiner.actorId)) return [d];
    const reading = readModality(tokens, join, join + 1, JOIN_FORMS.get(tokens[join]!.lower)!, [0, tokens.length]);
    const source: Participant[] = [
      { actorId: joiner.actorId, span: { start: joiner.start, end: joiner.end }, via: joiner.via },
    ];
    const joined: EventDraft = {
      ...d,
      source,
      modality: reading.modality,
      modalityCue: `joined (${reading.cue})`,
    };
    // "did not join the EU sanctions": the negation, modal or doubt is the joiner's, not the owner's act's.
    if (d.modality !== reading.modality || reading.modality === 'occurred') return [d, joined];
    const own = readModality(tokens, match.tokenStart, match.tokenEnd, null, [join + 1, tokens.length]);
    return [{ ...d, modality: own.modality, modalityCue: own.cue }, joined];
  });
}
