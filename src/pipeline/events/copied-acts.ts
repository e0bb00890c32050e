import type { ActorMention } from '../actors/find-mentions.ts';
import type { ResolvedDate } from '../dates/resolve-date.ts';
import { type Token, wordsAt } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';

// "..., and Moscow did the same", "Australia followed suit", "Baku responded in kind": a second party repeats the
// act the sentence reported just before. The phrase carries no verb of its own that the lexicon could type, so the
// act is copied from the event it follows: the same type, done by the party named before the phrase.
const COPY_PHRASES: readonly (readonly string[])[] = [
  ['did', 'the', 'same'],
  ['did', 'likewise'],
  ['followed', 'suit'],
  ['responded', 'in', 'kind'],
  ['retaliated', 'in', 'kind'],
  ['reciprocated'],
];
// The phrases' first words, asked of each token before the phrases are.
const COPY_FIRST_WORDS = new Set(COPY_PHRASES.map((phrase) => phrase[0]!));
// A short adverb may stand between the party and the phrase: "Moscow quickly did the same", "Kyiv later did likewise".
const ADVERBS = new Set(['soon', 'later', 'then', 'swiftly', 'quickly', 'promptly', 'also', 'immediately']);

/**
 * Adds the act a party repeats with "did the same", "followed suit" or "responded in kind": the last event of
 * the sentence before the phrase, with that party as its source. When the repeater is the one the first act was
 * done to, it acts back on the first actor ("Lithuania expelled Russian diplomats, and Moscow did the same");
 * otherwise on the same party ("Canada sanctioned Iran, and Australia followed suit"). The repeated act is dated
 * by no expression of its own (`undated`) and occurred, as the past-tense phrase says.
 */
export function withCopiedActs(
  drafts: EventDraft[],
  tokens: Token[],
  mentions: readonly ActorMention[],
  sideOf: (actorId: string) => string,
  undated: ResolvedDate,
): EventDraft[] {
  if (drafts.length === 0) return drafts;
  const out = [...drafts];
  for (let j = 0; j < tokens.length; j++) {
    const length = copyPhraseAt(tokens, j);
    if (length === 0) continue;
    const copier = copierBefore(tokens, j, mentions);
    const copied = copier && lastActBefore(drafts, copier.tokenStart);
    if (!copier || !copied) continue;
    const copy = copiedAct(copied, copier, j, j + length, sideOf, undated);
    if (copy) out.splice(out.indexOf(copied) + 1, 0, copy);
  }
  return out;
}

function copyPhraseAt(tokens: readonly Token[], at: number): number {
  if (!COPY_FIRST_WORDS.has(tokens[at]!.lower)) return 0;
  for (const phrase of COPY_PHRASES) if (wordsAt(tokens, at, phrase)) return phrase.length;
  return 0;
}

/** Whether a phrase repeating another's act starts at a token ("did the same", "followed suit"). */
export function repeatsActAt(tokens: readonly Token[], at: number): boolean {
  return copyPhraseAt(tokens, at) > 0;
}

/** The party named right before the phrase, past one adverb: "and the North did the same". */
function copierBefore(tokens: Token[], at: number, mentions: readonly ActorMention[]): ActorMention | null {
  const end = ADVERBS.has(tokens[at - 1]?.lower ?? '') ? at - 1 : at;
  return mentions.find((m) => m.tokenEnd === end && m.via !== 'adjective') ?? null;
}

/** The last event whose trigger ends before the repeater is named, with a party of its own. */
function lastActBefore(drafts: EventDraft[], before: number): EventDraft | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.match.tokenEnd <= before && d.source.length > 0) return d;
  }
  return null;
}

function copiedAct(
  copied: EventDraft,
  copier: ActorMention,
  start: number,
  end: number,
  sideOf: (actorId: string) => string,
  undated: ResolvedDate,
): EventDraft | null {
  const side = sideOf(copier.actorId);
  if (copied.source.some((p) => sideOf(p.actorId) === side)) return null;
  const repeater: Participant = {
    actorId: copier.actorId,
    span: { start: copier.start, end: copier.end },
    via: copier.via,
  };
  const actsBack = copied.target.some((p) => sideOf(p.actorId) === side);
  return {
    ...copied,
    match: { ...copied.match, tokenStart: start, tokenEnd: end, verbToken: start, slotMention: null },
    source: [repeater],
    target: actsBack ? copied.source : copied.target,
    modality: 'occurred',
    modalityCue: 'the act repeated in the past tense',
    date: undated,
    dateSpan: null,
    statedIntent: undefined,
    demandedBy: undefined,
    purposeOf: undefined,
    statementDate: undefined,
    saidBy: undefined,
    conditionedOn: undefined,
  };
}
