import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

const LEADING_VERBS = new Set(['led', 'leads', 'lead', 'leading', 'headed', 'heads', 'head', 'heading']);
const SIDE_NOUNS = new Set(['side', 'delegation', 'team', 'negotiators', 'negotiating']);
const SIDE_PREPOSITIONS = new Set(['in', 'at', 'to', 'for']);

/**
 * "He Lifeng, who led the Chinese side in talks with US officials", "Lavrov headed the Russian delegation at
 * the talks": whoever leads a side, team or delegation at a meeting takes part in it. Returns the leading
 * verb, whose subject is that person, or null. The words between verb and meeting are the side's phrase only.
 */
export function sideLeaderVerb(match: TriggerMatch, tokens: Token[]): number | null {
  if (!match.trigger.isNoun || match.trigger.type !== 'CONSULT') return null;
  let j = match.tokenStart - 1;
  while (j > 0 && isModifier(tokens[j]!)) j--;
  if (!SIDE_PREPOSITIONS.has(tokens[j]?.lower ?? '')) return null;
  j--;
  if (!SIDE_NOUNS.has(tokens[j]?.lower ?? '')) return null;
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    if (LEADING_VERBS.has(tokens[k]!.lower)) return k;
    if (!isModifier(tokens[k]!) && !tokens[k]!.capitalised && !/^['’]s$/.test(tokens[k]!.text)) return null;
  }
  return null;
}

function isModifier(token: Token): boolean {
  return (
    token.pos === 'DET' ||
    token.pos === 'ADJ' ||
    token.pos === 'NUM' ||
    /^(the|a|an|his|her|their|its)$/.test(token.lower)
  );
}
