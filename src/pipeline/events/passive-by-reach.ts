import type { Token } from '../text/tokens.ts';

/**
 * The "by" of a passive's agent that its adjuncts of time and place push away from the participle: "were killed
 * in northern Iraq on Monday by PKK militants", "was attacked on Tuesday near Kidal by", "were hosted on Saturday
 * in Doha by". Only prepositional phrases and time adverbs may stand between: a verb ("a base held by"), a
 * conjunction, a clause word or punctuation ends the search, as another verb's "by" lies past them. -1 if none.
 */
export function byPastAdjuncts(tokens: readonly Token[], from: number): number {
  const last = Math.min(tokens.length - 1, from + ADJUNCT_REACH);
  for (let j = from; j <= last; j++) {
    const token = tokens[j]!;
    if (token.lower === 'by') return j > from && opensAdjunct(tokens[from]!) ? j : -1;
    if (!isAdjunctWord(token)) return -1;
  }
  return -1;
}

/** How many tokens of adjuncts may stand between a passive's participle and its "by". */
const ADJUNCT_REACH = 10;

/** A phrase of time or place starts with a preposition or a time word ("on", "near", "overnight", "last"). */
function opensAdjunct(token: Token): boolean {
  return token.pos === 'ADP' || TIME_WORDS.has(token.lower);
}

function isAdjunctWord(token: Token): boolean {
  if (token.text === '-' || token.text === "'s" || token.text === '’s') return true;
  if (!token.isWord || CLAUSE_WORDS.has(token.lower)) return false;
  if (TIME_WORDS.has(token.lower)) return true;
  return ADJUNCT_TAGS.has(token.pos ?? '');
}

// A preposition, its determiner, adjectives, nouns and names, numbers ("on 12 May"), and adverbs ("early").
const ADJUNCT_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

// The tagger reads some time words as verbs or pronouns; "last week", "overnight", "late on Monday" are adjuncts.
const TIME_WORDS = new Set(['overnight', 'last', 'late', 'early', 'earlier', 'yesterday', 'today', 'tonight']);

// Words that open another clause or join another verb phrase, whatever the tagger makes of them.
const CLAUSE_WORDS = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'while',
  'where',
  'as',
  'after',
  'before',
  'since',
  'until',
  'because',
  'if',
  'than',
]);
