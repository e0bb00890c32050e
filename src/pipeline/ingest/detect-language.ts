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

/** Whether the text has at least `enough` letters: counted only until there are enough, not all 4,000. */
function hasLetters(text: string, enough: number): boolean {
  LETTER.lastIndex = 0;
  let count = 0;
  while (count < enough && LETTER.exec(text) !== null) count++;
  return count >= enough;
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

function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return false;
  const hits = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return hits / words.length >= 0.15;
}
