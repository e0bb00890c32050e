import type { Token } from './tokens.ts';

/**
 * What a name before a hyphen and a participle says of the noun after it. A leader runs what the noun names
 * ("US-led talks", "the Saudi-led coalition", "Qatari-mediated talks", "a Turkish-hosted meeting"): it takes
 * part or acts through it. A backer only stands behind it ("Iran-backed Houthis", "Western-backed government",
 * "Kremlin-funded media"): the compound describes the noun, it reports no act and names no party of one.
 */
export type CompoundRole = 'leader' | 'backer';

const LEADER_PARTICIPLES = new Set([
  ...['led', 'brokered', 'mediated', 'hosted', 'chaired', 'headed', 'commanded', 'organised', 'organized'],
  'convened',
]);
const BACKER_PARTICIPLES = new Set([
  ...['backed', 'funded', 'financed', 'armed', 'supported', 'sponsored', 'allied', 'aligned', 'trained'],
  ...['friendly', 'leaning', 'affiliated', 'linked', 'inspired'],
]);

/** The role of a participle at `at` joined by a hyphen to the word before it ("Iran-backed"), or null. */
export function compoundParticipleAt(tokens: readonly Token[], at: number): CompoundRole | null {
  const word = tokens[at];
  const hyphen = tokens[at - 1];
  const before = tokens[at - 2];
  if (!word || !hyphen || !before || hyphen.text !== '-') return null;
  if (hyphen.start !== before.end || word.start !== hyphen.end) return null;
  if (LEADER_PARTICIPLES.has(word.lower)) return 'leader';
  return BACKER_PARTICIPLES.has(word.lower) ? 'backer' : null;
}

/** The role of the compound a name opens ("Iran" in "Iran-backed"), `end` being the token after the name. */
export function compoundAfterName(tokens: readonly Token[], end: number): CompoundRole | null {
  return compoundParticipleAt(tokens, end + 1);
}

/**
 * "Western-backed", "Tel Aviv-based", "Kremlin-friendly": a capitalised word joined by a hyphen to a lower-case
 * word is half of a modifier, not a name of its own. `end` is the token after the capitalised word.
 */
export function opensLowerCaseCompound(tokens: readonly Token[], end: number): boolean {
  const hyphen = tokens[end];
  const next = tokens[end + 1];
  const before = tokens[end - 1];
  if (!hyphen || !next || !before || hyphen.text !== '-') return false;
  return hyphen.start === before.end && next.start === hyphen.end && next.isWord && !next.capitalised;
}
