import { franc } from 'franc-min';

/** Below this many letters a language guess is unreliable: such texts are kept. */
const MIN_LETTERS = 200;

/**
 * The article's language when it is clearly not English (ISO 639-3 code), else null. Parley's
 * dictionaries and rules read English only; text too short to judge is given the benefit of the doubt.
 */
export function nonEnglishLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (!hasLetters(sample, MIN_LETTERS)) return null;
  if (plainlyEnglish(sample)) return null;
  const code = franc(sample, { minLength: MIN_LETTERS });
  return code === 'eng' || code === 'und' || code === 'sco' ? null : code;
}

const LETTER = /\p{L}/gu;

/**
 * Whether the text has at least `enough` letters: counted only until there are enough, not all 4,000, and by
 * `test`, which moves the pattern on without making a match array per letter.
 */
function hasLetters(text: string, enough: number): boolean {
  LETTER.lastIndex = 0;
  let count = 0;
  while (count < enough && LETTER.test(text)) count++;
  return count >= enough;
}

/** How often a global pattern matches the text, without building the matches. */
function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.test(text)) count++;
  return count;
}

// English prose is about a fifth function words; no other language written in Latin letters comes close
// with these. Checking them first spares the trigram guess (the costliest step of reading a corpus).
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'is',
  'was',
  'that',
  'for',
  'with',
  'on',
  'by',
  'said',
  'has',
  'have',
  'it',
]);

// A word is a run of letters; a function word is one of those runs (not the start of a longer one: "the" in "they").
const WORD = /\p{L}+/gu;
const FUNCTION_WORD = new RegExp(`(?<!\\p{L})(?:${[...ENGLISH_FUNCTION_WORDS].join('|')})(?!\\p{L})`, 'gu');

function plainlyEnglish(sample: string): boolean {
  // Counted by `test`, not by an array of every word of the sample: this runs for every article read.
  const lower = sample.toLowerCase();
  const words = countMatches(WORD, lower);
  if (words < 40) return false;
  return countMatches(FUNCTION_WORD, lower) / words >= 0.15;
}
