import type { ActorKind, Modality, PloverType } from '../../model/bundle-schema.ts';
import type { TriggerEntry, TriggerLexicon } from '../resources/resource-schemas.ts';

/** How a verb form constrains tense: base ("meet"), -s ("meets"), past ("met"), participle, -ing. */
export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'ing';

/** One position of a compiled trigger pattern. */
export type Slot =
  | { kind: 'verb'; forms: Map<string, VerbForm[]> }
  | { kind: 'word'; words: Set<string>; optional: boolean }
  | { kind: 'actor' }
  | { kind: 'filler'; max: number };

/** A trigger pattern ready for matching, indexed by the words its first slot accepts. */
export type CompiledTrigger = {
  type: PloverType;
  mode: string | null;
  direction: 'forward' | 'mutual' | 'reverse';
  weight: number;
  defaultModality: Modality | null;
  sourceKinds: ActorKind[] | null;
  pattern: string;
  slots: Slot[];
  isNoun: boolean;
  /** The CAMEO code of a converted entry; null for Parley's own. */
  cameo: string | null;
  /**
   * An event only with this kind of subject: armed units or police (`troop-movements.ts`), a truce
   * (`effect-states.ts`), a place (`captured-places.ts`).
   */
  subject?: 'units' | 'truce' | 'place';
};

/**
 * The lexicon: its patterns by the words their first slot accepts, and the same lists indexed for matching
 * (`firstWords`): most converted patterns are a verb, a filler and an object noun ("{launch} ~ offensive"), a
 * verb may begin seventy of them, and in running text none of their nouns usually follows the verb.
 */
export type CompiledLexicon = {
  byFirstWord: Map<string, CompiledTrigger[]>;
  firstWords: Map<string, FirstWordPatterns>;
};

/** The patterns one word begins, in lexicon order, split by the word each needs soon after the first. */
export type FirstWordPatterns = {
  triggers: CompiledTrigger[];
  /** Patterns that need no particular word after the first (the order is the lexicon's). */
  unanchored: CompiledTrigger[];
  /** Whether the pattern at each position of `triggers` needs a word (is in `byAnchor`). */
  isAnchored: boolean[];
  /** Position in `triggers` of each pattern that needs this word within `within` tokens after the first one. */
  byAnchor: Map<string, { at: number; within: number }[]>;
};

/** The most words a filler (`~`) skips. */
export const MAX_FILLER = 3;

/** Compiles the lexicon's patterns, inflecting `{verb}` slots with the irregular table and spelling rules. */
export function compileTriggerLexicon(lexicon: TriggerLexicon): CompiledLexicon {
  const byFirstWord = new Map<string, CompiledTrigger[]>();
  const compiler = slotCompiler(lexicon.irregularVerbs, new Set(lexicon.doublingVerbs));
  for (const entry of lexicon.triggers) {
    const compiled = compileEntry(entry, compiler);
    const first = compiled.slots[0]!;
    const words = first.kind === 'verb' ? first.forms.keys() : first.kind === 'word' ? first.words.values() : [];
    for (const w of words) {
      const list = byFirstWord.get(w);
      if (list) list.push(compiled);
      else byFirstWord.set(w, [compiled]);
    }
  }
  return { byFirstWord, firstWords: new Map([...byFirstWord].map(([w, triggers]) => [w, indexByAnchor(triggers)])) };
}

function indexByAnchor(triggers: CompiledTrigger[]): FirstWordPatterns {
  const byAnchor = new Map<string, { at: number; within: number }[]>();
  const unanchored: CompiledTrigger[] = [];
  const isAnchored: boolean[] = [];
  triggers.forEach((trigger, at) => {
    const anchor = anchorOf(trigger.slots);
    isAnchored.push(anchor !== null);
    if (!anchor) return void unanchored.push(trigger);
    for (const w of anchor.words) {
      const list = byAnchor.get(w);
      if (list) list.push({ at, within: anchor.within });
      else byAnchor.set(w, [{ at, within: anchor.within }]);
    }
  });
  return { triggers, unanchored, isAnchored, byAnchor };
}

/**
 * A word a match cannot do without: the required word right after the first slot, or after a filler there
 * (between one and `1 + within` tokens after the first word). Only when the first slot always takes one token
 * (a verb or a required word): an optional first word may be skipped.
 */
function anchorOf(slots: Slot[]): { within: number; words: Set<string> } | null {
  const [first, second, third] = slots;
  if (!first || first.kind === 'actor' || first.kind === 'filler' || (first.kind === 'word' && first.optional))
    return null;
  if (second?.kind === 'word' && !second.optional) return { within: 0, words: second.words };
  if (second?.kind === 'filler' && third?.kind === 'word' && !third.optional)
    return { within: second.max, words: third.words };
  return null;
}

/**
 * One lexicon from Parley's own and added ones (the triggers converted from CAMEO). The added entries come after
 * Parley's and only add what is missing: where one of Parley's patterns already reads a verb's phrase (its
 * pattern, optional words left out, matches the added one's first words), that verb is taken out of the added
 * entry, so a longer converted phrase never overrides Parley's reading ("called Thursday for an end" stays a
 * call for, not an end); an entry read only with a particular subject ("troops entered") takes nothing out.
 * Parley's irregular forms win over the added tables'.
 */
export function mergeTriggerLexicons(own: TriggerLexicon, ...added: TriggerLexicon[]): TriggerLexicon {
  // An entry read only with a particular subject leaves the converted readings of its verb in place.
  const ownShapes = own.triggers
    .filter((e) => e.subject === undefined)
    .map((e) => patternShape(e.pattern).filter((alternatives) => ![...alternatives].some((w) => w.endsWith('?'))));
  return {
    ...own,
    irregularVerbs: Object.assign({}, ...added.map((a) => a.irregularVerbs).reverse(), own.irregularVerbs) as Record<
      string,
      string[]
    >,
    doublingVerbs: [...new Set([own.doublingVerbs, ...added.map((a) => a.doublingVerbs)].flat())],
    triggers: [...own.triggers, ...added.flatMap((a) => a.triggers.flatMap((e) => withoutOwnReadings(e, ownShapes)))],
  };
}

/** The added entry without the first-word alternatives Parley already reads; nothing when none is left. */
function withoutOwnReadings(entry: TriggerEntry, ownShapes: Set<string>[][]): TriggerEntry[] {
  const shape = patternShape(entry.pattern);
  const first = shape[0]!;
  const taken = new Set<string>();
  for (const mine of ownShapes) {
    if (mine.length === 0 || mine.length > shape.length) continue;
    if (!mine.every((alternatives, i) => i === 0 || [...shape[i]!].every((w) => alternatives.has(w)))) continue;
    for (const w of first) if (mine[0]!.has(w)) taken.add(w);
  }
  if (taken.size === 0) return [entry];
  const left = [...first].filter((w) => !taken.has(w));
  if (left.length === 0) return [];
  return [{ ...entry, pattern: [left.join('|'), ...entry.pattern.split(/\s+/).slice(1)].join(' ') }];
}

/** A pattern as one set of alternatives per position (verb alternatives keep their braces). */
function patternShape(pattern: string): Set<string>[] {
  return pattern.split(/\s+/).map((part) => new Set(part.toLowerCase().split('|')));
}

type SlotCompiler = (part: string) => Slot;

/**
 * Compiles pattern words into slots, each distinct word once: converted lexicons repeat one verb block's
 * alternatives ("{ask}|{enquire}|{request}") in many entries, and the entries may share the slot read-only.
 */
function slotCompiler(irregular: Record<string, string[]>, doubling: Set<string>): SlotCompiler {
  const cache = new Map<string, Slot>();
  return (part) => {
    let slot = cache.get(part);
    if (!slot) {
      slot = compileSlot(part, irregular, doubling);
      cache.set(part, slot);
    }
    return slot;
  };
}

function compileSlot(part: string, irregular: Record<string, string[]>, doubling: Set<string>): Slot {
  if (part === 'X') return { kind: 'actor' };
  if (part === '~') return { kind: 'filler', max: MAX_FILLER };
  if (part.startsWith('{')) {
    const forms = new Map<string, VerbForm[]>();
    for (const lemma of part.split('|').map((p) => p.replace(/[{}]/g, ''))) {
      for (const [form, tags] of inflect(lemma, irregular[lemma], doubling))
        forms.set(form, [...(forms.get(form) ?? []), ...tags]);
    }
    return { kind: 'verb', forms };
  }
  const optional = part.endsWith('?');
  return { kind: 'word', words: new Set(part.replace(/\?$/, '').toLowerCase().split('|')), optional };
}

function compileEntry(entry: TriggerEntry, compileSlotOf: SlotCompiler): CompiledTrigger {
  const allowed = entry.verbForms && new Set<VerbForm>(entry.verbForms);
  const slots = entry.pattern.split(/\s+/).map((part) => {
    const slot = compileSlotOf(part);
    return allowed && slot.kind === 'verb' ? onlyForms(slot, allowed) : slot;
  });
  return {
    type: entry.type,
    mode: entry.mode,
    direction: entry.direction,
    weight: entry.weight,
    defaultModality: entry.modality,
    sourceKinds: entry.sourceKinds,
    pattern: entry.pattern,
    slots,
    isNoun: !slots.some((s) => s.kind === 'verb'),
    cameo: entry.cameo ?? null,
    ...(entry.subject ? { subject: entry.subject } : {}),
  };
}

/** A verb slot keeping only the allowed forms (a new slot: cached slots are shared). */
function onlyForms(slot: Slot & { kind: 'verb' }, allowed: Set<VerbForm>): Slot {
  const forms = new Map<string, VerbForm[]>();
  for (const [form, tags] of slot.forms) {
    const kept = tags.filter((t) => allowed.has(t));
    if (kept.length > 0) forms.set(form, kept);
  }
  return { kind: 'verb', forms };
}

/** Inflected forms of a verb with their tense tags. */
export function inflect(lemma: string, irregular: string[] | undefined, doubling: Set<string>): [string, VerbForm[]][] {
  if (irregular) {
    const [s, past, participle, ing] = irregular as [string, string, string, string];
    return withBritishL(lemma, past, [
      [lemma, ['base']],
      [s, ['present']],
      [past, past === participle ? ['past', 'participle'] : ['past']],
      ...(past === participle ? [] : ([[participle, ['participle']]] as [string, VerbForm[]][])),
      [ing, ['ing']],
    ]);
  }
  const consonantY = /[^aeiou]y$/.test(lemma);
  const doubled = doubling.has(lemma) ? lemma + lemma.at(-1) : lemma;
  const s = /(s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${doubled}ed`;
  const ing = lemma.endsWith('ie')
    ? `${lemma.slice(0, -2)}ying`
    : /[^e]e$/.test(lemma)
      ? `${lemma.slice(0, -1)}ing`
      : `${doubled}ing`;
  return withBritishL(lemma, past, [
    [lemma, ['base']],
    [s, ['present']],
    [past, ['past', 'participle']],
    [ing, ['ing']],
  ]);
}

/**
 * British spelling doubles a final l after one vowel even where the stress is not on it ("travelled",
 * "cancelling", "signalled"): when the past is the American "-led", both spellings are read.
 */
function withBritishL(lemma: string, past: string, forms: [string, VerbForm[]][]): [string, VerbForm[]][] {
  if (!/[^aeiou][aeiou]l$/.test(lemma) || past !== `${lemma}ed`) return forms;
  return [...forms, [`${lemma}led`, ['past', 'participle']], [`${lemma}ling`, ['ing']]];
}
