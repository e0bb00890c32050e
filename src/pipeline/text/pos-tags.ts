import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { lastAtMost } from './sorted-search.ts';
import type { Token } from './tokens.ts';

/** Universal Dependencies part-of-speech tags, as wink-nlp's English model assigns them. */
export type PosTag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** Tagged stretches of one text: parallel arrays sorted by start offset. */
export type TagIndex = { starts: number[]; ends: number[]; tags: PosTag[] };

// One tagger per process: loading the model takes about 100 ms, tagging then runs at several hundred
// thousand tokens a second. Only the part-of-speech pipe is kept; sentences and entities are Parley's own.
let tagger: ReturnType<typeof winkNLP> | null = null;
const nlp = () => (tagger ??= winkNLP(model, ['pos']));

// Longer "sentences" are tables, lists or unpunctuated dumps: no tag is better than a slow, meaningless one.
const MAX_TAGGED_LENGTH = 3000;

/** Tags one stretch of text; offsets in the index are absolute when `offset` is the stretch's start. */
export function tagText(text: string, offset = 0): TagIndex {
  const index: TagIndex = { starts: [], ends: [], tags: [] };
  if (text.length <= MAX_TAGGED_LENGTH) tagInto(index, text, offset);
  return index;
}

function tagInto(index: TagIndex, text: string, offset: number): void {
  const doc = nlp().readDoc(text);
  const its = nlp().its;
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as PosTag[];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    // wink keeps each token's text as written; find it from where the previous one ended.
    const at = text.indexOf(values[i]!, cursor);
    if (at < 0 || at - cursor > 64) continue;
    index.starts.push(offset + at);
    index.ends.push(offset + at + values[i]!.length);
    index.tags.push(tags[i]!);
    cursor = at + values[i]!.length;
  }
}

/** Gives each token the tag of the tagger's token that covers its first character ("U.S." is one PROPN). */
export function applyTags(tokens: Token[], index: TagIndex): void {
  if (tokens.length === 0) return;
  let k = Math.max(
    0,
    lastAtMost(index.starts, tokens[0]!.start, (s) => s),
  );
  for (const token of tokens) {
    while (k < index.starts.length && index.ends[k]! <= token.start) k++;
    if (k < index.starts.length && index.starts[k]! <= token.start) token.pos = index.tags[k]!;
  }
}
