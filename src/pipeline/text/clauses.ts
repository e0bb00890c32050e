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
/**
 * Verbs of saying as participles ("..., saying it would retaliate", "..., telling reporters on Sunday that
 * ..."): what follows them is said, and a date between one and its clause is the saying's. They are kept out
 * of REPORTING_VERBS: a participle never frames the clause before it, as a trailing "..., officials said" does.
 */
export const SAYING_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying',
  'telling',
  'announcing',
  'adding',
  'insisting',
  'stressing',
  'writing',
  'noting',
  'confirming',
  'arguing',
  'explaining',
  'warning',
  'declaring',
]);

/** Whether a word is a verb of saying that introduces what follows it, finite or a participle. */
export function introducesSaying(word: string): boolean {
  return REPORTING_VERBS.has(word) || SAYING_PARTICIPLES.has(word);
}

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
  if (next && CLAIM_VERBS.has(token.lower) && CLAIMED_NOUNS.has(next.lower)) return false;
  return !(NOUN_OBJECT_VERBS.has(token.lower) && next && NOUN_OBJECT_STARTS.has(next.lower));
}

// "Hamas claimed responsibility for the attack", "the Houthi spokesman claimed attacks on two ships": a claim of an
// act is its claimant's, and what is claimed is the verb's object, not another clause ("claimed the army had fired").
const CLAIM_VERBS = new Set(['claimed', 'claims']);
const CLAIMED_NOUNS = new Set([
  ...['responsibility', 'credit', 'attack', 'attacks', 'strike', 'strikes', 'bombing', 'bombings', 'raid', 'raids'],
  ...['ambush', 'ambushes', 'killing', 'killings', 'assassination', 'downing', 'shooting', 'shootings'],
]);

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

// Words that are conjunctions before a clause and prepositions before a noun phrase ("since 2022",
// "after nine hours of talks"): only the first opens a new clause.
const CONJUNCTION_OR_PREPOSITION = new Set(['after', 'before', 'since', 'until', 'as', 'following', 'despite', 'amid']);

const TIME_WORDS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|next)$/;

/** "since 2022 ended": no verb follows before the next punctuation, so "since" heads a phrase, not a clause. */
function headsPhrase(tokens: Token[], j: number): boolean {
  if (!CONJUNCTION_OR_PREPOSITION.has(tokens[j]!.lower)) return false;
  // "since 2022 ended in Istanbul": a year or a day right after the word is its object.
  if (tokens[j + 1]?.pos === 'NUM' || TIME_WORDS.test(tokens[j + 1]?.lower ?? '')) return true;
  for (let k = j + 1; k < Math.min(tokens.length, j + 10); k++) {
    const t = tokens[k]!;
    if (t.pos === undefined) return false; // untagged text: keep the word as a boundary
    if (!t.isWord) return true;
    // "after meeting in Riyadh": a gerund right after the word is a phrase too.
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(k === j + 1 && t.lower.endsWith('ing'))) return false;
  }
  return true;
}

/** The clause around a token: [first token, end token) bounded by boundary words or punctuation. */
export function clauseAround(tokens: Token[], from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !endsClause(tokens, start - 1)) start--;
  let end = to;
  // ", which had seized Goma in January, agreed ...": a relative clause set off by commas ends at the next one.
  const parenthetical = RELATIVE_PRONOUNS.has(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.text === ',';
  while (end < tokens.length && !endsClause(tokens, end) && !(parenthetical && tokens[end]!.text === ',')) end++;
  return [start, end];
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);

/** Whether token `j` bounds a clause: a boundary word or mark that does not head a phrase ("since 2022"). */
function endsClause(tokens: Token[], j: number): boolean {
  return isClauseBoundary(tokens[j]!, tokens[j + 1]) && !headsPhrase(tokens, j);
}
