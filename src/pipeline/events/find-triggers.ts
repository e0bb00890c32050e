import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import {
  MAX_FILLER,
  type CompiledLexicon,
  type CompiledTrigger,
  type FirstWordPatterns,
  type Slot,
  type VerbForm,
} from './trigger-lexicon.ts';

/** A trigger found in a sentence: the pattern, its token range, the verb form and a filled actor slot. */
export type TriggerMatch = {
  trigger: CompiledTrigger;
  tokenStart: number;
  tokenEnd: number;
  verbForms: VerbForm[] | null;
  verbToken: number | null;
  slotMention: ActorMention | null;
};

type MatchState = {
  end: number;
  verbForms: VerbForm[] | null;
  verbToken: number | null;
  slotMention: ActorMention | null;
};

/** Finds every trigger pattern in the sentence, keeping the longest where matches overlap. */
export function findTriggers(tokens: Token[], mentions: ActorMention[], lexicon: CompiledLexicon): TriggerMatch[] {
  const mentionAt = new Map(mentions.map((m) => [m.tokenStart, m]));
  const inMention = tokensInMentions(mentions, tokens.length);
  const found: TriggerMatch[] = [];
  // Whether some trigger matches from a token, asked by fillers (each token's answer is kept): a filler stops
  // at another trigger ("announced it would lift sanctions"), not at every word that could begin one ("a free
  // trade agreement", where "free {actor}" does not match).
  const triggerAt = new Map<number, boolean>();
  const ctx: MatchContext = {
    mentionAt,
    inMention,
    afterAdjective: new Set(mentions.filter((m) => m.via === 'adjective').map((m) => m.tokenEnd)),
    startsTrigger: (t) => {
      let known = triggerAt.get(t);
      if (known === undefined) {
        known = candidateTriggers(lexicon.firstWords.get(tokens[t]!.lower), tokens, t).some(
          (trigger) => matchSlots(trigger.slots, 0, tokens, t, ctx, startAt(t)) !== null,
        );
        triggerAt.set(t, known);
      }
      return known;
    },
  };
  for (let i = 0; i < tokens.length; i++) {
    if (inMention[i]) continue;
    for (const trigger of candidateTriggers(lexicon.firstWords.get(tokens[i]!.lower), tokens, i)) {
      const state = matchSlots(trigger.slots, 0, tokens, i, ctx, startAt(i));
      if (state)
        found.push({
          trigger,
          tokenStart: i,
          tokenEnd: state.end,
          verbForms: state.verbForms,
          verbToken: state.verbToken,
          slotMention: state.slotMention,
        });
    }
  }
  return keepLongest(found);
}

/**
 * The patterns beginning at token `t` that can match there, in lexicon order (which decides ties): those that
 * need no particular next word, and those whose needed word follows close enough.
 */
function candidateTriggers(patterns: FirstWordPatterns | undefined, tokens: Token[], t: number): CompiledTrigger[] {
  if (!patterns) return NONE;
  let anchored: number[] | null = null;
  const last = Math.min(tokens.length - 1, t + 1 + MAX_FILLER);
  for (let k = t + 1; k <= last; k++) {
    for (const { at, within } of patterns.byAnchor.get(tokens[k]!.lower) ?? NONE_ANCHORED) {
      if (k - t - 1 <= within) (anchored ??= []).push(at);
    }
  }
  if (!anchored) return patterns.unanchored;
  const positions = new Set(anchored);
  return patterns.triggers.filter((_, at) => !patterns.isAnchored[at] || positions.has(at));
}

const NONE: CompiledTrigger[] = [];
const NONE_ANCHORED: { at: number; within: number }[] = [];

function startAt(t: number): MatchState {
  return { end: t, verbForms: null, verbToken: null, slotMention: null };
}

/** 1 for each token inside an actor mention (a typed array: asked for every token and filler word). */
function tokensInMentions(mentions: ActorMention[], length: number): Uint8Array {
  const inside = new Uint8Array(length);
  for (const m of mentions) inside.fill(1, m.tokenStart, m.tokenEnd);
  return inside;
}

/** What slot matching needs to know about the sentence besides its tokens. */
type MatchContext = {
  mentionAt: Map<number, ActorMention>;
  inMention: Uint8Array;
  /** Tokens right after a nationality adjective ("Iranian strikes"): a verb form there is a noun. */
  afterAdjective: Set<number>;
  /** Whether another trigger matches from this token (fillers stop there). */
  startsTrigger: (token: number) => boolean;
};

function matchSlots(
  slots: Slot[],
  s: number,
  tokens: Token[],
  t: number,
  ctx: MatchContext,
  state: MatchState,
): MatchState | null {
  const { mentionAt, inMention } = ctx;
  if (s === slots.length) return { ...state, end: t };
  const slot = slots[s]!;
  const token = tokens[t];
  switch (slot.kind) {
    case 'verb': {
      const forms = token ? slot.forms.get(token.lower) : undefined;
      // After "the", "a" or a possessive the word is a noun ("Israel's security demands"), not a verb.
      if (!forms || isNounPosition(forms, tokens, t) || isPluralNounReading(forms, tokens, t)) return null;
      // "the Iranian strikes": an adjective cannot be a subject, so the -s form after it is a plural noun.
      if (ctx.afterAdjective.has(t) && forms.every((f) => f === 'base' || f === 'present')) return null;
      return matchSlots(slots, s + 1, tokens, t + 1, ctx, { ...state, verbForms: forms, verbToken: t });
    }
    case 'word': {
      if (token && slot.words.has(token.lower) && !inMention[t]) {
        const r = matchSlots(slots, s + 1, tokens, t + 1, ctx, state);
        if (r) return r;
      }
      return slot.optional ? matchSlots(slots, s + 1, tokens, t, ctx, state) : null;
    }
    case 'actor': {
      const mention = mentionAt.get(t) ?? (token?.lower === 'the' ? mentionAt.get(t + 1) : undefined);
      if (mention) return matchSlots(slots, s + 1, tokens, mention.tokenEnd, ctx, { ...state, slotMention: mention });
      if (token && OBJECT_PRONOUNS.has(token.lower)) return matchSlots(slots, s + 1, tokens, t + 1, ctx, state);
      return null;
    }
    case 'filler': {
      // A filler never skips a name, a clause word or the start of another trigger ("announced it would lift
      // sanctions"); each longer try adds one skipped word to those already checked.
      for (let n = 0; n <= slot.max; n++) {
        if (n > 0 && !skippable(tokens, t + n - 1, ctx)) break;
        const r = matchSlots(slots, s + 1, tokens, t + n, ctx, state);
        if (r) return r;
      }
      return null;
    }
  }
}

/** Whether a filler may skip token `k` (the trigger test last: it is the dearest). */
function skippable(tokens: Token[], k: number, ctx: MatchContext): boolean {
  const token = tokens[k];
  if (!token || ctx.inMention[k] || FILLER_STOP.has(token.lower)) return false;
  return (token.isWord || token.text === '-') && !ctx.startsTrigger(k);
}

// Words a filler never skips: they start another clause or verb ("announced it would lift sanctions").
const FILLER_STOP = new Set([
  'it',
  'he',
  'she',
  'they',
  'we',
  'would',
  'will',
  'could',
  'may',
  'might',
  'to',
  'not',
  'that',
  'which',
  'who',
  'and',
  'or',
  'but',
  'said',
  'says',
]);

const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  "'s",
  '’s',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
]);

/** "that talks with Israel were progressing": an -s form with no subject before it is a plural noun. */
function isPluralNounReading(forms: VerbForm[], tokens: Token[], t: number): boolean {
  if (forms.length !== 1 || forms[0] !== 'present') return false;
  const prev = tokens[t - 1];
  if (!prev || !prev.isWord || CLAUSE_STARTS.has(prev.lower)) return true;
  // A verb in -s needs a subject right before it: a name, a pronoun or an adverb ("Hamas talks", "he often talks").
  return !(prev.capitalised || SUBJECT_PRONOUNS.has(prev.lower) || prev.lower.endsWith('ly'));
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'also', 'now', 'still', 'often', 'reportedly']);

const CLAUSE_STARTS = new Set([
  'that',
  'as',
  'while',
  'and',
  'but',
  'where',
  'when',
  'after',
  'before',
  'if',
  'whether',
  'of',
  'in',
  'on',
  'for',
  'with',
  'about',
  'over',
]);

/** "the demands", "Israel's security demands": a determiner or possessive, maybe with one adjective, precedes. */
function isNounPosition(forms: VerbForm[], tokens: Token[], t: number): boolean {
  const prev = tokens[t - 1]?.lower ?? '';
  if (NOUN_MARKERS.has(prev)) return true;
  // "its forces killed": a past form after "its forces" is the verb; only base and -s forms double as nouns.
  if (!forms.some((f) => f === 'base' || f === 'present')) return false;
  const prev2 = tokens[t - 2]?.lower ?? '';
  return (
    (prev2 === "'s" || prev2 === '’s' || prev2 === 'its' || prev2 === 'their') &&
    /^\p{Ll}+$/u.test(tokens[t - 1]?.text ?? '')
  );
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us']);

/** Where matches overlap, the one covering more tokens wins (then the surer one). */
function keepLongest(matches: TriggerMatch[]): TriggerMatch[] {
  const sorted = [...matches].sort(
    (a, b) =>
      b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) ||
      b.trigger.weight - a.trigger.weight ||
      a.tokenStart - b.tokenStart,
  );
  const kept: TriggerMatch[] = [];
  for (const m of sorted) {
    if (kept.some((k) => k.tokenStart < m.tokenEnd && m.tokenStart < k.tokenEnd)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.tokenStart - b.tokenStart);
}
