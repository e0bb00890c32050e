import type { CameoSynset, CameoVerb, PatternElement } from './parse-cameo.ts';

/** A CAMEO pattern in Parley's syntax, with the direction its actor markers imply. */
export type TranslatedPattern = { pattern: string; reversed: boolean };

/** Why a pattern is left out: Parley's phrase matcher cannot check it without a parse. */
export type Untranslatable = { skip: string };

/** Most post-verb phrases a kept pattern may have: longer ones describe a parse tree, not a phrase. */
const MAX_PHRASES = 3;

// Particles, prepositions and pronouns that follow a verb: no plural is made of them.
const NOT_PLURALISED = new Set([
  ...'up down out off back forward away over in on into onto to for with against from by at about'.split(' '),
  ...'through along around together apart aside free of under after before during between among'.split(' '),
  ...'across toward towards near ahead again that this it him her them himself herself itself'.split(' '),
  ...'themselves there here as than'.split(' '),
]);

/** The Parley verb slot of a block verb: `{ask} for`, `wire {tap}`, or literal words when `{}` lists no forms. */
export function verbPhrase(verb: CameoVerb): string {
  if (verb.forms !== null && verb.forms.length === 0) return verb.words.join(' ');
  return verb.words.map((w, i) => (i === verb.verbIndex ? `{${lemmaOf(w)}}` : w)).join(' ');
}

/** The verb slot of several one-word verbs: `{ask}|{request}`, each verb once. */
export function verbAlternatives(verbs: CameoVerb[]): string {
  return [...new Set(verbs.map(verbPhrase))].join('|');
}

/** "is" in `+IS_DETERMINED` is the verb "be". */
function lemmaOf(word: string): string {
  return ['is', 'are', 'was', 'were', 'been', 'be', 'am'].includes(word) ? 'be' : word;
}

/**
 * Translates one pattern for a verb slot: each phrase after the verb becomes its words after a `~` filler
 * (prepositional phrases keep the preposition, noun phrases end in their head, which also matches its plural);
 * a source marker `$` after the verb reverses the direction; `+` (the target) needs no slot, because the
 * target is the first actor after the trigger.
 */
export function translatePattern(
  elements: PatternElement[],
  verbSlot: string,
  synsets: Map<string, CameoSynset>,
): TranslatedPattern | Untranslatable {
  const verbAt = elements.findIndex((e) => e.kind === 'verb');
  if (verbAt < 0) return { skip: 'no verb position' };
  const before = elements.slice(0, verbAt);
  const after = elements.slice(verbAt + 1);
  if (before.some((e) => e.kind !== 'marker')) return { skip: 'needs the subject noun (a parse)' };
  const all = [...before, ...after].flatMap(flatten);
  if (all.some((e) => e.kind === 'marker' && (e.marker === '^' || e.marker === '%')))
    return { skip: 'needs a skipped phrase or compound actor' };
  if (all.some((e) => e.kind === 'word' && ['not', 'never', 'no'].includes(e.word))) return { skip: 'negated pattern' };
  const phrases = after.filter((e) => e.kind !== 'marker');
  if (phrases.length === 0) return { skip: 'no words after the verb: the bare verb entry decides' };
  if (phrases.length > MAX_PHRASES) return { skip: 'too long for a phrase pattern' };
  // "led to", "stood by", "came to": a preposition alone does not say which event the verb is.
  if (phrases.every(isBarePreposition)) return { skip: 'only a preposition after the verb' };
  const parts = [verbSlot];
  for (const phrase of phrases) {
    const words = phraseWords(phrase, synsets);
    if (typeof words !== 'string' || words === '')
      return { skip: typeof words === 'string' ? 'empty phrase' : words.skip };
    parts.push('~', words);
  }
  const reversed = after.flatMap(flatten).some((e) => e.kind === 'marker' && e.marker === '$');
  return { pattern: parts.join(' '), reversed };
}

/** Prepositions that say enough on their own after a verb ("marched against", "warned against"). */
const TELLING_PREPOSITIONS = new Set(['against']);

function isBarePreposition(e: PatternElement): boolean {
  if (e.kind === 'prep')
    return e.object.every((o) => o.kind === 'marker') && !e.prepositions.some((p) => TELLING_PREPOSITIONS.has(p));
  return e.kind === 'word' && NOT_PLURALISED.has(e.word) && !TELLING_PREPOSITIONS.has(e.word);
}

function flatten(e: PatternElement): PatternElement[] {
  if (e.kind === 'phrase') return e.items.flatMap(flatten);
  if (e.kind === 'prep') return e.object.flatMap(flatten);
  return [e];
}

/** The Parley words of one post-verb phrase, or why it cannot be written as words. */
function phraseWords(phrase: PatternElement, synsets: Map<string, CameoSynset>): string | Untranslatable {
  switch (phrase.kind) {
    case 'word':
    case 'synset':
      return slotWords(phrase, true, synsets);
    case 'phrase':
      return nounPhraseWords(phrase.items, synsets);
    case 'prep': {
      const prepositions = phrase.prepositions.map(tokenWords);
      if (prepositions.length === 0 || prepositions.some((p) => p === null || p.includes(' ')))
        return { skip: 'unreadable preposition' };
      const object = phrase.object.filter((e) => e.kind !== 'marker');
      if (object.length === 0) return prepositions.join('|');
      const objectWords = nounPhraseWords(
        object.flatMap((e) => (e.kind === 'phrase' ? e.items : [e])),
        synsets,
      );
      return typeof objectWords === 'string' ? `${prepositions.join('|')} ~ ${objectWords}` : objectWords;
    }
    default:
      return { skip: 'unexpected element' };
  }
}

/** `{FINANCIAL AID}`: modifiers as they are, the head (last) also in its plural. */
function nounPhraseWords(items: PatternElement[], synsets: Map<string, CameoSynset>): string | Untranslatable {
  const words: string[] = [];
  for (const [i, item] of items.entries()) {
    if (item.kind !== 'word' && item.kind !== 'synset') return { skip: 'nested phrase' };
    const w = slotWords(item, i === items.length - 1, synsets);
    if (typeof w !== 'string') return w;
    words.push(w);
  }
  return words.join(' ');
}

/** One word position: a word (maybe with its plural) or a synonym set's one-word members. */
function slotWords(
  item: PatternElement & { kind: 'word' | 'synset' },
  isHead: boolean,
  synsets: Map<string, CameoSynset>,
): string | Untranslatable {
  if (item.kind === 'word') {
    // "favour/favor" lists spellings of one word; "air_strike" is two words in a row.
    const spellings = item.word.split('/').map(tokenWords);
    if (spellings.some((w) => w === null)) return { skip: `word "${item.word}" is not a token sequence` };
    const words = spellings as string[];
    if (words.some((w) => w.includes(' '))) return words.length === 1 ? words[0]! : { skip: 'alternative phrases' };
    return unique(words.flatMap((w) => (isHead ? [w, pluralOf(w)] : [w]))).join('|');
  }
  const synset = synsets.get(item.name);
  if (!synset) return { skip: `undefined synonym set ${item.name}` };
  const alternatives: string[] = [];
  synset.members.forEach((member, i) => {
    if (member.length !== 1 || tokenWords(member[0]!) !== member[0]) return;
    alternatives.push(member[0]!);
    if (isHead && synset.plurals[i]) alternatives.push(pluralOf(member[0]!));
  });
  return alternatives.length > 0
    ? unique(alternatives).join('|')
    : { skip: `synonym set ${item.name} has only multi-word members` };
}

/** A dictionary word as Parley tokens: "sit-in" is "sit - in"; other punctuation cannot be matched. */
function tokenWords(word: string): string | null {
  if (!/^[a-z0-9]+([- ][a-z0-9]+)*$/.test(word)) return null;
  return word.replace(/-/g, ' - ');
}

/** The regular plural of a noun (CAMEO's own rule, plus -es after sibilants). */
export function pluralOf(word: string): string {
  if (NOT_PLURALISED.has(word) || /(s|men|\d)$/.test(word)) return word;
  if (/(x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
