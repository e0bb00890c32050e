import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import { pairPhraseEnd } from './pair-anaphora.ts';
import { compoundAfterName, compoundParticipleAt } from '../text/hyphen-compounds.ts';
import { gappedAntecedent, gappedObjectForms } from './gapped-objects.ts';
import { PAIR_NOUNS } from './pair-anaphora.ts';
import { nominalMeasureAt, type NominalMeasure } from './nominal-measures.ts';
import { adjunctBeforeInfinitive, takesInfinitive } from '../text/adjunct-infinitives.ts';
import { passiveObjectMatches } from './passive-objects.ts';
import { backingParticipleAt } from '../actors/backer-phrases.ts';
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
  /** A verb whose object is the noun its relative clause describes ("the deal that X signed"): `gapped-objects.ts`. */
  gappedObject?: true;
  /**
   * The tokens of a circumstance the match skipped between a verb and its "to" ("agreed [after talks in Doha] to"),
   * which are not the match's own: a trigger inside them ("talks") is kept beside it.
   */
  gap?: [number, number];
};

type MatchState = {
  end: number;
  verbForms: VerbForm[] | null;
  verbToken: number | null;
  slotMention: ActorMention | null;
  gap?: [number, number];
};

/** Finds every trigger pattern in the sentence, keeping the longest where matches overlap. */
export function findTriggers(tokens: Token[], mentions: ActorMention[], lexicon: CompiledLexicon): TriggerMatch[] {
  const mentionAt = new Map(mentions.map((m) => [m.tokenStart, m]));
  const mentionEndingAt = new Map(mentions.map((m) => [m.tokenEnd, m]));
  const inMention = tokensInMentions(mentions, tokens.length);
  const adjectiveAt = adjectiveTokens(mentions, tokens.length);
  const found: TriggerMatch[] = [];
  const { joins, timeLength, placeLength, adjunctLength } = wordShapes(tokens);
  const ctx: MatchContext = {
    tokens,
    lexicon,
    mentionAt,
    inMention,
    adjectiveAt,
    joins,
    timeLength,
    placeLength,
    adjunctLength,
    afterAdjective: new Set(mentions.filter((m) => m.via === 'adjective').map((m) => m.tokenEnd)),
    afterActor: new Set(mentions.filter((m) => m.via !== 'adjective').map((m) => m.tokenEnd)),
    triggerAt: new Map(),
  };
  for (let i = 0; i < tokens.length; i++) {
    // "Iran-backed", "EU-brokered": a participle in a compound adjective describes a noun; it reports no act.
    // "Iran, supported by Russia, ...": a participle of backing with its "by" describes a noun too.
    if (inMention[i] || compoundParticipleAt(tokens, i) !== null || backingParticipleAt(tokens, i)) continue;
    const matched = found.length;
    const patterns = lexicon.firstWords.get(tokens[i]!.lower);
    for (const trigger of candidateTriggers(patterns, tokens, i, ctx)) {
      const state = matchSlots(trigger.slots, 0, tokens, i, ctx, startAt(i));
      // "opened fire on Tuesday", "strikes on Wednesday": a word and its "on" or "at" where that opens a time
      // phrase; the preposition is the date's. A verb's pattern does not match ("{fire} on" would read the noun
      // as the verb); a noun's ends before it. A longer pattern ("called X on") is written for the date.
      const timeAfter = state !== null && state.end === i + 2 && ctx.timeLength[i + 1]! > 1;
      if (timeAfter && !trigger.isNoun) continue;
      if (state)
        found.push({
          trigger,
          tokenStart: i,
          tokenEnd: timeAfter ? state.end - 1 : state.end,
          verbForms: state.verbForms,
          verbToken: state.verbToken,
          slotMention: state.slotMention,
          ...(state.gap ? { gap: state.gap } : {}),
        });
    }
    // "the deal Ethiopia and the TPLF signed", "the framework the two sides signed".
    if (mentionEndingAt.has(i) || (i > 0 && PAIR_NOUNS.has(tokens[i - 1]!.lower)))
      found.push(...gappedObjectTriggers(tokens, i, lexicon, mentionEndingAt, found.slice(matched)));
    // "the Russian ambassador was summoned", "sanctions on Minsk were imposed": the object before the passive.
    // Asked only of a word after a passive auxiliary with "by" after it (`passiveObjectMatches` tests that first).
    const passive = passiveObjectMatches(tokens, i, patterns?.triggers);
    if (passive.length > 0 && !longerMatch(found, matched, i))
      for (const { trigger, verbForms } of passive)
        found.push({ trigger, tokenStart: i, tokenEnd: i + 1, verbForms, verbToken: i, slotMention: null });
    const nominal = nominalMeasureAt(tokens, i);
    if (nominal) found.push(...nominalMeasureTriggers(nominal, tokens, lexicon, ctx));
  }
  return keepLongest(found);
}

/**
 * "announced the suspension of aid to Myanmar": the patterns of the measure's verb ("{suspend} ~ aid to"), read
 * from the words after the noun's preposition, with the light verb's tense (`nominal-measures.ts`).
 */
function nominalMeasureTriggers(
  m: NominalMeasure,
  tokens: Token[],
  lexicon: CompiledLexicon,
  ctx: MatchContext,
): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  for (const trigger of lexicon.firstWords.get(m.verb)?.triggers ?? NONE) {
    if (trigger.slots[0]!.kind !== 'verb' || trigger.subject) continue;
    const start = { end: m.object, verbForms: m.forms, verbToken: m.light, slotMention: null };
    const state = matchSlots(trigger.slots, 1, tokens, m.object, ctx, start);
    if (state)
      matches.push({
        trigger,
        tokenStart: m.light,
        tokenEnd: state.end,
        verbForms: state.verbForms,
        verbToken: state.verbToken,
        slotMention: state.slotMention,
      });
  }
  return matches;
}

/** Whether a match found from token `i` (those from index `from` of `found`) reaches past the word itself. */
function longerMatch(found: TriggerMatch[], from: number, i: number): boolean {
  for (let k = from; k < found.length; k++) if (found[k]!.tokenEnd > i + 1) return true;
  return false;
}

/** "the truce that Ethiopia and the TPLF signed": verb-and-object patterns whose object the clause describes. */
function gappedObjectTriggers(
  tokens: Token[],
  verb: number,
  lexicon: CompiledLexicon,
  mentionEndingAt: Map<number, ActorMention>,
  matchedHere: TriggerMatch[],
): TriggerMatch[] {
  // Only where nothing longer than the verb itself matched: "reached a deal" after a subject reads as it is.
  if (matchedHere.some((m) => m.tokenEnd > verb + 1)) return [];
  const patterns = lexicon.firstWords.get(tokens[verb]!.lower)?.triggers;
  const noun = patterns ? gappedAntecedent(tokens, verb, mentionEndingAt) : -1;
  if (noun < 0) return [];
  const gapped: TriggerMatch[] = [];
  for (const trigger of patterns!) {
    const verbForms = gappedObjectForms(trigger, tokens, verb, noun);
    if (verbForms)
      gapped.push({
        trigger,
        tokenStart: verb,
        tokenEnd: verb + 1,
        verbForms,
        verbToken: verb,
        slotMention: null,
        gappedObject: true,
      });
  }
  // As among overlapping matches, the weightier reading wins, then the lexicon's order.
  return gapped.sort((a, b) => b.trigger.weight - a.trigger.weight).slice(0, 1);
}

/**
 * The patterns beginning at token `t` that can match there, in lexicon order (which decides ties): those that
 * need no particular next word, and those whose needed word follows close enough.
 */
function candidateTriggers(
  patterns: FirstWordPatterns | undefined,
  tokens: Token[],
  t: number,
  { joins, timeLength, placeLength, adjunctLength }: MatchContext,
): CompiledTrigger[] {
  if (!patterns) return NONE;
  // A fifth of the words looked at ("in", "on", "have") begin only patterns that need no particular next word.
  if (patterns.byAnchor.size === 0) return patterns.unanchored;
  let anchored: number[] | null = null;
  // The next word may follow a time expression or a place ("agreed on Thursday to", "agreed in Doha on Thursday
  // to"), and a filler of `within` words spans more tokens where words are joined (hyphens, possessives,
  // numbers), as the match counts them.
  const first = timeLength[t + 1] || placeLength[t + 1] || 0;
  const second = first > 0 ? timeLength[t + 1 + first] || placeLength[t + 1 + first] || 0 : 0;
  const time = first;
  const both = second > 0 ? first + second : -1;
  const last = Math.min(tokens.length - 1, t + 1 + MAX_FILLER_TOKENS);
  let joined = 0;
  for (let k = t + 1; k <= last; k++) {
    if (k - 1 > t + 1 && joins[k - 1]) joined++;
    const gap = k - t - 1;
    if (gap - joined > MAX_FILLER) break;
    for (const { at, within } of patterns.byAnchor.get(tokens[k]!.lower) ?? NONE_ANCHORED) {
      if (within === 0 ? gap === 0 || gap === time || gap === both : gap - joined <= within) (anchored ??= []).push(at);
    }
  }
  // "agreed after talks in Doha on Tuesday to": the needed word after a circumstance, maybe after a day first.
  const adjunct = adjunctLength[t + 1 + first] ?? 0;
  if (adjunct > 0)
    for (const { at } of patterns.byAnchor.get(tokens[t + 1 + first + adjunct]!.lower) ?? NONE_ANCHORED)
      (anchored ??= []).push(at);
  if (!anchored) return patterns.unanchored;
  // A plain loop and a scan of the few anchored positions: this runs for every candidate word of every sentence.
  const { triggers, isAnchored } = patterns;
  const chosen: CompiledTrigger[] = [];
  for (let at = 0; at < triggers.length; at++) if (!isAnchored[at] || anchored.includes(at)) chosen.push(triggers[at]!);
  return chosen;
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

/**
 * 1 for each token of a one-word nationality adjective ("a Saudi proposal", "a Chinese loan"): it qualifies the
 * object noun a filler skips to, as any other adjective would, while the mention still names the party.
 */
function adjectiveTokens(mentions: ActorMention[], length: number): Uint8Array {
  const adjective = new Uint8Array(length);
  for (const m of mentions) if (m.via === 'adjective' && m.tokenEnd - m.tokenStart === 1) adjective[m.tokenStart] = 1;
  return adjective;
}

/** What slot matching needs to know about the sentence besides its tokens. */
type MatchContext = {
  /** The sentence's tokens and the lexicon, for `startsTrigger`. */
  tokens: Token[];
  lexicon: CompiledLexicon;
  mentionAt: Map<number, ActorMention>;
  inMention: Uint8Array;
  /** 1 for each one-word nationality adjective, which a filler may skip (`adjectiveTokens`). */
  adjectiveAt: Uint8Array;
  /** Tokens right after a nationality adjective ("Iranian strikes"): a verb form there is a noun. */
  afterAdjective: Set<number>;
  /** Tokens right after a party's name or noun phrase ("Myanmar's military"): a past form there is its verb. */
  afterActor: Set<number>;
  /** 1 for each token that belongs to the word before it (`joinsPrevious`). */
  joins: Uint8Array;
  /** The length of the time expression starting at each token (`timeWordLength`), 0 for none. */
  timeLength: Uint8Array;
  /** The length of the named place starting at each token ("in Doha", "at the Kremlin"), 0 for none. */
  placeLength: Uint8Array;
  /** The length of a circumstance ending before "to" and a verb ("after talks in Doha"), 0 for none. */
  adjunctLength: Uint8Array;
  /** Whether some trigger matches from a token, as far as `startsTrigger` was asked. */
  triggerAt: Map<number, boolean>;
};

/**
 * Whether some trigger matches from token `t`, asked by fillers (each token's answer is kept): a filler stops at
 * another trigger ("announced it would lift sanctions"), not at every word that could begin one ("a free trade
 * agreement", where "free {actor}" does not match). A function of the context, not a closure in it: under tsx a
 * named closure made for every sentence costs about a microsecond.
 */
function startsTrigger(ctx: MatchContext, t: number): boolean {
  // "EU-brokered", "US-led": a participle in a compound adjective starts no trigger (as in findTriggers).
  if (compoundParticipleAt(ctx.tokens, t) !== null) return false;
  let known = ctx.triggerAt.get(t);
  if (known === undefined) {
    const { tokens } = ctx;
    known = candidateTriggers(ctx.lexicon.firstWords.get(tokens[t]!.lower), tokens, t, ctx).some(
      (trigger) => matchSlots(trigger.slots, 0, tokens, t, ctx, startAt(t)) !== null,
    );
    ctx.triggerAt.set(t, known);
  }
  return known;
}

const POSSESSIVE = /^['’]s?$/;

// "summoned a senior Chinese diplomat", "met the top US envoy": an article and a word of rank before a name.
const SLOT_DETERMINERS = new Set(['the', 'a', 'an']);
const RANK_WORDS = new Set(['senior', 'top', 'chief', 'deputy', 'acting', 'new', 'outgoing', 'incoming']);

function mentionAfterDeterminer<M>(tokens: Token[], t: number, mentionAt: Map<number, M>): M | undefined {
  const word = tokens[t]?.lower ?? '';
  if (!SLOT_DETERMINERS.has(word)) return undefined;
  // "backed a Ukrainian proposal", "handed back an Indian soldier": an indefinite noun phrase is the slot's only
  // with a word of rank, which names a person.
  const direct = word === 'the' ? mentionAt.get(t + 1) : undefined;
  return direct ?? (RANK_WORDS.has(tokens[t + 1]?.lower ?? '') ? mentionAt.get(t + 2) : undefined);
}
const QUANTIFIERS_OF = new Set(['all', 'most', 'some', 'many', 'several', 'none', 'part']);

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
      if (
        !forms ||
        isNounPosition(forms, tokens, t, ctx.afterActor.has(t)) ||
        // "the truce takes effect", "fighting breaks out": the pattern's own noun before the verb is its subject.
        (!(s > 0 && slots[s - 1]!.kind === 'word') && isPluralNounReading(forms, tokens, t)) ||
        isAttributiveParticiple(forms, tokens, t)
      )
        return null;
      // "the Iranian strikes": an adjective cannot be a subject, so the -s form after it is a plural noun.
      if (ctx.afterAdjective.has(t) && forms.every((f) => f === 'base' || f === 'present')) return null;
      return matchSlots(slots, s + 1, tokens, t + 1, ctx, { ...state, verbForms: forms, verbToken: t });
    }
    case 'word': {
      // News puts the day between a verb and its particle or a noun and its preposition ("agreed Thursday to",
      // "opened a hearing on Wednesday into"): a time word is skipped between two words of a pattern (never before
      // its first word, nor after a filler, which counts it among the words it skips). So is the place ("agreed in
      // Doha to withdraw", "met in Geneva with"). Skipping is tried first: the "on" of "agreed on Saturday to" is
      // the day's, not the verb's.
      // A circumstance before "to" is skipped the same way ("agreed at talks in Abu Dhabi to"), and kept as the
      // match's gap.
      const infinitive = state.verbToken !== null && takesInfinitive(tokens[state.verbToken]!.lower);
      const circumstance = ctx.timeLength[t] || ctx.placeLength[t] || !infinitive ? 0 : ctx.adjunctLength[t]!;
      const between = ctx.timeLength[t] || ctx.placeLength[t] || circumstance;
      const skip = s > 0 && between && slots[s - 1]!.kind !== 'filler' ? between : 0;
      const skipState: MatchState = skip > 0 && circumstance > 0 ? { ...state, gap: [t, t + circumstance] } : state;
      // Only where the slot's own word follows: an optional last word is not a reason to take in the day.
      // A place is skipped first only when its preposition is not itself the slot's word ("the curfew in Novi Pazar").
      const wordAfter =
        skip > 0 &&
        slot.words.has(tokens[t + skip]?.lower ?? '') &&
        !ctx.timeLength[t + skip] &&
        (ctx.timeLength[t]! > 0 || !slot.words.has(token?.lower ?? ''));
      const skipped = wordAfter ? matchSlots(slots, s, tokens, t + skip, ctx, skipState) : null;
      if (skipped) return skipped;
      if (token && slot.words.has(token.lower) && !inMention[t]) {
        const r = matchSlots(slots, s + 1, tokens, t + 1, ctx, state);
        if (r) return r;
      }
      if (slot.optional) {
        const r = matchSlots(slots, s + 1, tokens, t, ctx, state);
        if (r) return r;
      }
      return skip > 0 && !wordAfter ? matchSlots(slots, s, tokens, t + skip, ctx, skipState) : null;
    }
    case 'actor': {
      // "accepted all of Trump's terms": a quantifier and "of" before the name.
      if (QUANTIFIERS_OF.has(token?.lower ?? '') && tokens[t + 1]?.lower === 'of' && !mentionAt.get(t))
        return matchSlots(slots, s, tokens, t + 2, ctx, state);
      const mention = mentionAt.get(t) ?? mentionAfterDeterminer(tokens, t, mentionAt);
      if (mention) {
        // The slot takes the first actor, or a coordinated group where the pattern needs more words after it
        // ("welcomed Araghchi and Witkoff at", "asked Qatar and Oman to"), the shortest that lets the pattern go on.
        const withSlot = { ...state, slotMention: mention };
        const first = matchSlots(slots, s + 1, tokens, mention.tokenEnd, ctx, withSlot);
        if (first || s + 1 === slots.length) return first;
        // "accepted Washington's proposal", "rejected Trump's terms": the owner of the noun the pattern needs.
        const owned = POSSESSIVE.test(tokens[mention.tokenEnd]?.text ?? '')
          ? matchSlots(slots, s + 1, tokens, mention.tokenEnd + 1, ctx, withSlot)
          : null;
        if (owned) return owned;
        for (const end of coordinatedEnds(mention.tokenEnd, tokens, mentionAt)) {
          const r = matchSlots(slots, s + 1, tokens, end, ctx, withSlot);
          if (r) return r;
        }
        return null;
      }
      if (token && OBJECT_PRONOUNS.has(token.lower)) return matchSlots(slots, s + 1, tokens, t + 1, ctx, state);
      // "urged both sides to", "called on the two leaders to": a pair named before fills the slot.
      const pairEnd = token ? pairPhraseEnd(tokens, t) : -1;
      return pairEnd > 0 ? matchSlots(slots, s + 1, tokens, pairEnd, ctx, state) : null;
    }
    case 'filler': {
      // A filler never skips a name, a clause word or the start of another trigger ("announced it would lift
      // sanctions"); each longer try adds one skipped token to those already checked. It counts words: a hyphen
      // and the word it joins, a possessive 's and the separators inside a number are part of the word before
      // them ("its new rare-earth controls", "the opposition's demand", "160,000 men").
      // "decided after meeting in Riyadh to": a circumstance right after the verb, skipped whole.
      const circumstance = ctx.adjunctLength[t]!;
      if (circumstance > 0 && state.verbToken !== null && takesInfinitive(tokens[state.verbToken]!.lower)) {
        const r = matchSlots(slots, s + 1, tokens, t + circumstance, ctx, { ...state, gap: [t, t + circumstance] });
        if (r) return r;
      }
      let words = 0;
      let skipped = state;
      for (let n = 0; n <= MAX_FILLER_TOKENS; n++) {
        if (n > 0) {
          const k = t + n - 1;
          if (!skippable(tokens, k, ctx)) break;
          if (k === t || !ctx.joins[k]) words++;
          if (words > slot.max) break;
          // The skipped adjective names whose object it is ("froze Russian assets", "accepted a Saudi proposal").
          if (ctx.adjectiveAt[k] && !skipped.slotMention && !inPairModifier(tokens, k, ctx))
            skipped = { ...skipped, slotMention: mentionAt.get(k) ?? null };
        }
        const r = matchSlots(slots, s + 1, tokens, t + n, ctx, skipped);
        if (r) return r;
      }
      return null;
    }
  }
}

/** Per token, once per sentence: whether it joins the word before it, and the time expression it starts. */
function wordShapes(tokens: Token[]): {
  joins: Uint8Array;
  timeLength: Uint8Array;
  placeLength: Uint8Array;
  adjunctLength: Uint8Array;
} {
  const joins = new Uint8Array(tokens.length);
  const timeLength = new Uint8Array(tokens.length);
  const placeLength = new Uint8Array(tokens.length);
  const adjunctLength = new Uint8Array(tokens.length);
  let infinitive = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.lower === 'to') infinitive = true;
    // Most tokens are neither: a look at the first character decides (-, ', ’, comma, point).
    const c = token.text.charCodeAt(0);
    if ((c === 45 || c === 39 || c === 8217 || c === 44 || c === 46) && joinsPrevious(tokens, k)) {
      joins[k] = 1;
      if (k + 1 < tokens.length && joinsPrevious(tokens, k + 1)) joins[k + 1] = 1;
    }
    if (joinsAmount(tokens, k)) joins[k] = 1;
    if (TIME_STARTS.has(token.lower)) timeLength[k] = timeWordLength(tokens, k);
    else if (token.lower === 'in' || token.lower === 'at') placeLength[k] = namedPlaceLength(tokens, k);
  }
  // A circumstance ends before "to": a sentence without one has none, and most openers are then not looked at.
  if (infinitive)
    for (let k = 0; k < tokens.length; k++)
      if (ADJUNCT_OPENERS.has(tokens[k]!.lower)) adjunctLength[k] = adjunctBeforeInfinitive(tokens, k);
  return { joins, timeLength, placeLength, adjunctLength };
}

/** How many tokens "in Doha", "at the Kremlin", "in Sharm el-Sheikh" take at `t`: up to three capitalised words. */
function namedPlaceLength(tokens: Token[], t: number): number {
  let j = tokens[t + 1]?.lower === 'the' ? t + 2 : t + 1;
  const first = j;
  while (j - first < 3 && tokens[j]?.capitalised && tokens[j]!.isWord) j++;
  return j === first ? 0 : j - t;
}

/** How many tokens a time expression takes at `t` ("Thursday", "on Thursday", "today", "last week"); 0 if none. */
function timeWordLength(tokens: Token[], t: number): number {
  const word = tokens[t]?.lower;
  if (word === undefined || !TIME_STARTS.has(word)) return 0;
  const next = tokens[t + 1]?.lower;
  // "offered earlier this month to", "agreed later this year to": the relative period after the adverb.
  if ((word === 'earlier' || word === 'later') && (next === 'this' || next === 'last')) {
    const period = timeWordLength(tokens, t + 1);
    if (period > 0) return period + 1;
  }
  if (TIME_WORDS.has(word)) return 1;
  if (next === undefined) return 0;
  if (word === 'on' && WEEKDAYS.has(next)) return 2;
  if ((word === 'last' || word === 'this' || word === 'next') && (PERIODS.has(next) || WEEKDAYS.has(next))) return 2;
  // "offered once again to", "has offered several times to": how often, between the verb and its particle.
  if ((word === 'once' && next === 'again') || ((word === 'several' || word === 'many') && next === 'times')) return 2;
  return 0;
}

// The words `adjunctBeforeInfinitive` may find a circumstance at (its own test decides).
const ADJUNCT_OPENERS = new Set(['after', 'during', 'following', 'at', 'in', 'amid', 'before', 'on']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PERIODS = new Set(['week', 'month', 'year']);
// Besides days, adverbs of time and frequency that news puts between a verb and its "to" ("offered again to").
const TIME_WORDS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
  'overnight',
  'earlier',
  'later',
  'again',
  'twice',
  'repeatedly',
]);
const TIME_STARTS = new Set([...TIME_WORDS, 'on', 'last', 'this', 'next', 'once', 'several', 'many']);

/**
 * Where a group of actors joined by "and", "or" or commas may end after the first actor's own end, nearest first:
 * "Qatar and Oman", "the Congolese government and the M23 rebels", "Britain, France and Germany".
 */
function coordinatedEnds(end: number, tokens: Token[], mentionAt: Map<number, ActorMention>): number[] {
  const ends: number[] = [];
  for (let k = end; ;) {
    const joiner = tokens[k]?.lower;
    if (joiner !== 'and' && joiner !== 'or' && joiner !== ',') return ends;
    let at = k + 1;
    if (joiner === ',' && (tokens[at]?.lower === 'and' || tokens[at]?.lower === 'or')) at++;
    const next = mentionAt.get(at) ?? (tokens[at]?.lower === 'the' ? mentionAt.get(at + 1) : undefined);
    if (!next) return ends;
    ends.push(next.tokenEnd);
    k = next.tokenEnd;
  }
}

/** Whether a filler may skip token `k` (the trigger test last: it is the dearest). */
function skippable(tokens: Token[], k: number, ctx: MatchContext): boolean {
  const token = tokens[k];
  if (
    !token ||
    (ctx.inMention[k] &&
      !isSkippableAdjective(tokens, k, ctx) &&
      !inPairModifier(tokens, k, ctx) &&
      !opensCompoundModifier(tokens, k, ctx)) ||
    FILLER_STOP.has(token.lower)
  )
    return false;
  return (
    (token.isWord || token.text === '-' || ctx.joins[k] === 1 || startsAmount(tokens, k)) && !startsTrigger(ctx, k)
  );
}

/**
 * "signed a US-brokered peace deal", "a Qatari-mediated truce": a name that opens a compound with a participle
 * describes the object noun, whose verb it does not cut off (who brokered it is read elsewhere).
 */
function opensCompoundModifier(tokens: Token[], k: number, ctx: MatchContext): boolean {
  let end = k + 1;
  while (ctx.inMention[end] && end < tokens.length) end++;
  return compoundAfterName(tokens, end) !== null;
}

/**
 * A nationality adjective before a lowercase word of its noun phrase ("an American proposal"), not a subject
 * nor the start of a place phrase.
 */
function isSkippableAdjective(tokens: Token[], k: number, ctx: MatchContext): boolean {
  if (!ctx.adjectiveAt[k] || LOCATIVE_BEFORE_ADJECTIVE.has(tokens[k - 1]?.lower ?? '')) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.isWord && !next.capitalised && !ctx.inMention[k + 1];
}

/**
 * A name or adjective in a pair joined by a hyphen without spaces before a lowercase word of its noun phrase
 * ("the Thai-Cambodian peace declaration", "the India-Pakistan water treaty"): the pair describes the object
 * noun, whose verb it does not cut off; the sentence then names the other party of what is acted on.
 */
function inPairModifier(tokens: Token[], k: number, ctx: MatchContext): boolean {
  let start = k;
  while (start > 0 && inPairChain(tokens, start - 1, ctx)) start--;
  let end = k + 1;
  while (end < tokens.length && inPairChain(tokens, end, ctx)) end++;
  if (LOCATIVE_BEFORE_ADJECTIVE.has(tokens[start - 1]?.lower ?? '')) return false;
  let hyphen = false;
  for (let j = start; j < end; j++) if (tokens[j]!.text === '-') hyphen = true;
  const next = tokens[end];
  return hyphen && next !== undefined && next.isWord && !next.capitalised;
}

/** A token of a mention, or a hyphen joined to its neighbours (a function: a named closure costs a microsecond). */
function inPairChain(tokens: Token[], j: number, ctx: MatchContext): boolean {
  return ctx.inMention[j] === 1 || (tokens[j]?.text === '-' && ctx.joins[j] === 1);
}

// "held in Israeli jails": after a preposition the adjective heads a place or circumstance, not the verb's object.
const LOCATIVE_BEFORE_ADJECTIVE = new Set(['in', 'at', 'on', 'from', 'into', 'inside', 'near', 'by', 'under']);

/** The most tokens a filler skips, whatever they join ("a 48-hour", "its new rare-earth"). */
const MAX_FILLER_TOKENS = 2 * MAX_FILLER + 2;

/**
 * Whether token `k` belongs to the word before it: a hyphen and the word after one, a possessive 's, the comma
 * or point inside a number and the digits after it.
 */
function joinsPrevious(tokens: Token[], k: number): boolean {
  const text = tokens[k]!.text;
  const prev = tokens[k - 1]?.text;
  if (prev === undefined) return false;
  if (text === '-' || prev === '-' || text === "'s" || text === '’s') return true;
  if ((text === ',' || text === '.') && isDigits(prev) && isDigits(tokens[k + 1]?.text)) return true;
  return (prev === ',' || prev === '.') && isDigits(text) && isDigits(tokens[k - 2]?.text);
}

// A sum of money is one word to a filler ("pledged $500 million in aid", "a €2 billion loan"): its number joins
// the currency sign and its multiplier the number, as the separators of "160,000" join their digits.
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);
const MULTIPLIERS = new Set(['million', 'billion', 'trillion', 'bn', 'mn', 'm']);

/** Whether token `k` continues a sum of money or a number with its multiplier ("$|500|million", "2.5 billion"). */
function joinsAmount(tokens: Token[], k: number): boolean {
  const text = tokens[k]!.text;
  const prev = tokens[k - 1]?.text;
  if (prev === undefined) return false;
  if (CURRENCY_SIGNS.has(prev) && /^\d/.test(text)) return true;
  return MULTIPLIERS.has(tokens[k]!.lower) && /^\d/.test(prev);
}

/** A currency sign before a number starts a word a filler may skip ("$" of "$500 million"). */
function startsAmount(tokens: Token[], k: number): boolean {
  return CURRENCY_SIGNS.has(tokens[k]!.text) && /^\d/.test(tokens[k + 1]?.text ?? '');
}

function isDigits(text: string | undefined): boolean {
  return text !== undefined && /^\d+$/.test(text);
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
  // "was attacked by Houthi drones": what follows "by" is a passive's agent, never the object a pattern reaches for.
  'by',
  // Words that open a clause or a circumstance of time: "pulled out of the villages after talks" is no
  // pulling out of talks.
  'after',
  'before',
  'since',
  'until',
  'because',
  'while',
  'when',
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

// "India, which blames ...": a relative pronoun is the subject of the -s form after it.
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'also', 'now', 'still', 'often', 'reportedly', 'which', 'who']);

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
  // "Following talks with Blinken, Lavrov said", "during talks", "amid talks": prepositions, capitalised or not.
  'following',
  'during',
  'amid',
  'despite',
]);

/**
 * "the demands", "Israel's security demands": a determiner or possessive, maybe with one adjective, precedes.
 * `afterActor`: the possessive and its noun name a party ("Myanmar's military", "Russia's government").
 */
function isNounPosition(forms: VerbForm[], tokens: Token[], t: number, afterActor: boolean): boolean {
  const prev = tokens[t - 1]?.lower ?? '';
  if (NOUN_MARKERS.has(prev)) return true;
  // "its forces killed": a past form after "its forces" is the verb; only base and -s forms double as nouns.
  if (!forms.some((f) => f === 'base' || f === 'present')) return false;
  // "Myanmar's military cut off", "Israel's army hit": a form that is also the past, after a party named by its
  // owner and noun, is that party's verb, not a noun the owner qualifies.
  if (afterActor && forms.includes('past')) return false;
  const prev2 = tokens[t - 2]?.lower ?? '';
  return (
    (prev2 === "'s" || prev2 === '’s' || prev2 === 'its' || prev2 === 'their') &&
    /^\p{Ll}+$/u.test(tokens[t - 1]?.text ?? '')
  );
}

/**
 * "would open two closed crossing points", "withdraw guards from disputed posts": a past participle after a
 * number or a preposition and before a word of its noun phrase qualifies that noun; no finite verb stands there.
 * A year is no number of things ("which in 2014 annexed Crimea"), and a form that is also the base ("cut") may
 * be an infinitive.
 */
function isAttributiveParticiple(forms: VerbForm[], tokens: Token[], t: number): boolean {
  if (!forms.every((f) => f === 'past' || f === 'participle') || !tokens[t + 1]?.isWord) return false;
  const prev = tokens[t - 1];
  if (!prev) return false;
  if (COUNT_WORDS.has(prev.lower) || PREPOSITIONS_BEFORE_NOUN.has(prev.lower)) return true;
  if (followsProgressive(prev)) return true;
  return isDigits(prev.text) && !/^(1[89]|20)\d\d$/.test(prev.text);
}

// "planes carrying deported migrants", "during renewed fighting": after an -ing word that takes a noun phrase,
// a participle describes the noun. A closed list: tags are not known yet here, and most -ing words before a
// verb are nouns ("Russian shelling killed ten").
function followsProgressive(prev: Token): boolean {
  return NOUN_PHRASE_ING.has(prev.lower);
}

const NOUN_PHRASE_ING = new Set([
  'carrying',
  'transporting',
  'bringing',
  'returning',
  'holding',
  'including',
  'excluding',
  'containing',
  'bearing',
  'during',
  'following',
  'regarding',
  'concerning',
]);

const COUNT_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'dozens',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'several',
]);

// Prepositions that open a noun phrase; particles that also follow verbs ("up", "off", "back") are left out.
const PREPOSITIONS_BEFORE_NOUN = new Set([
  'of',
  'from',
  'in',
  'into',
  'at',
  'on',
  'with',
  'without',
  'for',
  'to',
  'across',
  'along',
  'near',
  'against',
  'among',
  'between',
  'under',
  'through',
]);

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
  for (const m of sorted) if (!overlapsAny(kept, m)) kept.push(m);
  return kept.sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Whether a match overlaps one already kept (a function, not an arrow reading the loop's match: see `coversToken`). */
function overlapsAny(kept: TriggerMatch[], m: TriggerMatch): boolean {
  for (const k of kept) if (overlaps(k, m)) return true;
  return false;
}

/** Whether two matches share a token, a token of a match's gap not counting as its own. */
function overlaps(a: TriggerMatch, b: TriggerMatch): boolean {
  if (a.tokenStart >= b.tokenEnd || b.tokenStart >= a.tokenEnd) return false;
  return !withinGapOf(a, b) && !withinGapOf(b, a);
}

/** Whether match `m` lies inside the gap of match `of`. */
function withinGapOf(m: TriggerMatch, of: TriggerMatch): boolean {
  return of.gap !== undefined && m.tokenStart >= of.gap[0] && m.tokenEnd <= of.gap[1];
}
