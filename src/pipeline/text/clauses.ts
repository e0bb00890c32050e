import type { Token } from './tokens.ts';

// Words that open a new clause: what stands on their other side is not the trigger's subject or object.
const BOUNDARY_WORDS = new Set([
  'while',
  'but',
  'although',
  'though',
  'whereas',
  'because',
  'after',
  'before',
  'since',
  'as',
  'which',
  'who',
  'whom',
  'where',
  'when',
  'that',
  'if',
  'unless',
  'despite',
  'amid',
  'following',
  'meanwhile',
  'however',
  'whether',
  'until',
]);
const BOUNDARY_PUNCT = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”', '[', ']']);
/** Verbs of saying: their subject is a speaker, and what follows is another clause. */
export const REPORTING_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'stated',
  'states',
  'added',
  'adds',
  'announced',
  'announces',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'emphasized',
  'emphasised',
  'noted',
  'notes',
  'confirmed',
  'believes',
  'believe',
  'reported',
  'reports',
  'learned',
  'stressed',
  'explained',
  'wrote',
  'argued',
  'suggested',
  'maintains',
  'warned',
]);

/** Whether a token ends the clause it is in (for scanning outwards from a trigger). */
export function isClauseBoundary(token: Token, next?: Token): boolean {
  if (BOUNDARY_PUNCT.has(token.text) || BOUNDARY_WORDS.has(token.lower)) return true;
  // "claimed a willingness to ...", "announced plans for ...": these verbs may take a noun object, which opens no clause.
  // "the United States would": a capitalised word, or one the tagger reads as a noun, is a name, not a verb of saying.
  if (!REPORTING_VERBS.has(token.lower) || token.capitalised || token.pos === 'NOUN' || token.pos === 'PROPN')
    return false;
  return !(NOUN_OBJECT_VERBS.has(token.lower) && next && NOUN_OBJECT_STARTS.has(next.lower));
}

const NOUN_OBJECT_VERBS = new Set([
  'claimed',
  'claims',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'reported',
  'declared',
  'expressed',
]);
const NOUN_OBJECT_STARTS = new Set([
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'plans',
  'hope',
  'readiness',
  'willingness',
  'interest',
]);

/** The clause around a token: [first token, end token) bounded by boundary words or punctuation. */
export function clauseAround(tokens: Token[], from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !isClauseBoundary(tokens[start - 1]!, tokens[start])) start--;
  let end = to;
  while (end < tokens.length && !isClauseBoundary(tokens[end]!, tokens[end + 1])) end++;
  return [start, end];
}
