import type { Token } from './tokens.ts';

// Words that open a new clause: what stands on their other side is not the trigger's subject or object.
const BOUNDARY_WORDS = new Set([
  'while', 'but', 'although', 'though', 'whereas', 'because', 'after', 'before', 'since', 'as', 'which', 'who', 'whom',
  'where', 'when', 'that', 'if', 'unless', 'despite', 'amid', 'following', 'meanwhile', 'however', 'whether', 'until',
]);
const BOUNDARY_PUNCT = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”', '[', ']']);
/** Verbs of saying: their subject is a speaker, and what follows is another clause. */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'announced', 'announces', 'claimed',
  'claims', 'insisted', 'insists', 'emphasized', 'emphasised', 'noted', 'notes', 'confirmed', 'believes', 'believe',
  'reported', 'reports', 'learned', 'stressed', 'explained', 'wrote', 'argued', 'suggested', 'maintains', 'warned',
]);

/** Whether a token ends the clause it is in (for scanning outwards from a trigger). */
export function isClauseBoundary(token: Token): boolean {
  return BOUNDARY_PUNCT.has(token.text) || BOUNDARY_WORDS.has(token.lower) || REPORTING_VERBS.has(token.lower);
}

/** The clause around a token: [first token, end token) bounded by boundary words or punctuation. */
export function clauseAround(tokens: Token[], from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !isClauseBoundary(tokens[start - 1]!)) start--;
  let end = to;
  while (end < tokens.length && !isClauseBoundary(tokens[end]!)) end++;
  return [start, end];
}
