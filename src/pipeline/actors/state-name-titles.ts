import type { Token } from '../text/tokens.ts';
import type { Gazetteer } from './gazetteer.ts';

type PhraseMatch = NonNullable<ReturnType<Gazetteer['phrases']['longestMatch']>>;

/**
 * "the Kosovo prime minister" is a title whose holder the role resolver finds, as "the Kosovar prime minister" is
 * (the gazetteer composes a state's name with each generic title). Before a capitalised name, "Rwanda President
 * Felix Tshisekedi", the state's name is read alone: the name says who the person is, and the owner's words join
 * the person's mention only when the person is that state's (`mergeOwnerTitleWithName`). Returns the match to
 * read at `at`: the state's name alone there, else `match` unchanged.
 */
export function stateNameBeforeTitledName(
  match: PhraseMatch,
  tokens: Token[],
  at: number,
  gazetteer: Gazetteer,
): PhraseMatch {
  if (match.values[0]?.kind !== 'role') return match;
  const next = tokens[at + match.length];
  if (!next?.isWord || !next.capitalised) return match;
  const shorter = gazetteer.phrases.matchesAt(tokens, at).findLast((m) => m.length < match.length);
  if (!shorter || shorter.values.some((v) => v.kind === 'adjective')) return match;
  // "Thailand's acting prime minister Phumtham Wechayachai": an owner's title, which the merge of titles keeps.
  if (/^['’]s$/.test(tokens[at + shorter.length]?.text ?? '')) return match;
  const state = shorter.values.some((v) => v.kind === 'name' && gazetteer.actors.get(v.actorId)?.kind === 'state');
  return state ? shorter : match;
}
