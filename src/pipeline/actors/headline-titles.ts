import { isTitleCase } from '../text/headlines.ts';
import type { Token } from '../text/tokens.ts';

// Words that open a phrase or clause, capitalised only by title case or a sentence start: never a name.
const FUNCTION_WORDS = new Set([
  ...['over', 'after', 'before', 'amid', 'as', 'for', 'to', 'from', 'with', 'without', 'of', 'on', 'in', 'at'],
  ...['about', 'against', 'despite', 'during', 'into', 'ahead', 'following', 'near', 'by', 'and', 'but', 'or'],
]);

/**
 * Whether the capitalised word at `at`, right after a title, cannot be a name the title introduces: a function
 * word ("Envoy Over", "Envoy After"), or any word of a title-case headline ("US Envoy Meets Putin"), whose words
 * are all capitalised and which introduces no one (`findIntroductions`).
 */
export function isNoNameAfterTitle(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  if (!word) return true;
  if (FUNCTION_WORDS.has(word.lower)) return true;
  return !/^[.!?:"”’]$/.test(tokens.at(-1)?.text ?? '') && isTitleCase(tokens);
}
