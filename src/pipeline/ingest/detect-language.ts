import { franc } from 'franc-min';

/** Below this many letters a language guess is unreliable: such texts are kept. */
const MIN_LETTERS = 200;

/**
 * The article's language when it is clearly not English (ISO 639-3 code), else null. Parley's
 * dictionaries and rules read English only; text too short to judge is given the benefit of the doubt.
 */
export function nonEnglishLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if ((sample.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return null;
  const code = franc(sample, { minLength: MIN_LETTERS });
  return code === 'eng' || code === 'und' || code === 'sco' ? null : code;
}
