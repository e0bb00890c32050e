import type { Token } from '../text/tokens.ts';
import type { ActorMention } from './find-mentions.ts';

/**
 * "Backed by Iran, the Houthis attacked ...", "The M23, backed by Rwanda, seized Goma", "rebels funded by Kigali
 * took the town": a participle of backing with its "by" phrase describes the noun it follows or the subject after
 * it, as "Iran-backed" does (`text/hyphen-compounds.ts`). The backer reports no act and is no party of what the
 * sentence tells; left in, it was the nearest party after the verb's subject and became the target of the attack.
 * A finite passive keeps its agent ("the M23 is backed by Rwanda", "were armed by Tehran").
 */

const BACKING = new Set([
  ...['backed', 'supported', 'funded', 'financed', 'armed', 'sponsored', 'trained', 'equipped', 'bankrolled'],
]);
// Before the participle, these make it a finite passive or a perfect, whose agent acts.
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'has', 'have', 'had']);

/** The mentions that only name who backs a noun ("backed by Rwanda and Uganda"); empty for most sentences. */
export function backerMentions(mentions: ActorMention[], tokens: Token[]): Set<ActorMention> {
  const backers = new Set<ActorMention>();
  let lastEnd = -1;
  for (const m of mentions) {
    let j = m.tokenStart - 1;
    if (tokens[j]?.lower === 'the') j--;
    // "backed by Rwanda and Uganda", "funded by Iran, Syria and Russia": the group after the "by".
    const joined = lastEnd >= 0 && joinsGroup(tokens, lastEnd, j, tokens[m.tokenEnd]?.lower ?? '');
    if (joined || (tokens[j]?.lower === 'by' && attributiveBacking(tokens, j - 1))) {
      backers.add(m);
      lastEnd = m.tokenEnd;
    }
  }
  return backers;
}

/**
 * Whether the tokens from `end` to `j` (inclusive) join a list: "and", "or", a comma and "and", or a comma that
 * the list goes on after (`next`, the word after the mention): "Iran, Syria and Russia", not "Iran, the Houthis
 * attacked".
 */
function joinsGroup(tokens: Token[], end: number, j: number, next: string): boolean {
  const words = tokens
    .slice(end, j + 1)
    .map((t) => t.lower)
    .join('');
  return ['and', 'or', ',and', ',or'].includes(words) || (words === ',' && [',', 'and', 'or'].includes(next));
}

/**
 * Whether token `k` is such a participle with its "by" after it ("supported" in "Iran, supported by Russia,"): like
 * "Iran-backed", it reports no act of its own, so it starts no trigger.
 */
export function backingParticipleAt(tokens: Token[], k: number): boolean {
  return tokens[k + 1]?.lower === 'by' && attributiveBacking(tokens, k);
}

/** A participle of backing at `k` that no auxiliary makes a verb ("backed" in "rebels backed by"). */
function attributiveBacking(tokens: Token[], k: number): boolean {
  if (!BACKING.has(tokens[k]?.lower ?? '')) return false;
  let j = k - 1;
  // "heavily backed by", "is also armed by": adverbs between the auxiliary and the participle.
  while (j >= 0 && (/ly$/.test(tokens[j]!.lower) || tokens[j]!.lower === 'also')) j--;
  return !AUXILIARIES.has(tokens[j]?.lower ?? '');
}
