import type { Token } from '../text/tokens.ts';
import type { GazetteerActor } from '../resources/resource-schemas.ts';
import { isCommonWord } from '../resources/phoenix/common-words.ts';
import { isTitleWord } from './infer-people.ts';
import { isTitleCase } from '../text/headlines.ts';

// Forms of address that stand before a surname alone ("Mr Putin", "Sheikh Tamim").
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'sheikh',
  'sheikha',
  'mullah',
  'imam',
  'ayatollah',
  'rabbi',
  'pastor',
  'father',
  'senator',
  'rep',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
]);

/**
 * Whether a one-word name match is a surname that the text gives with another person's given name:
 * "Carlos Ramiro Martínez" is not the gazetteer's Julio Martínez, "Melania Trump" is not Donald Trump.
 * The word before is then a capitalised proper name that is no title ("Foreign Minister Martínez"), no common
 * word ("Yesterday Martínez said") and no part of the candidate's own full name. Such a match resolves to no one,
 * so the full name can be read as a name the gazetteer lacks.
 */
export function followsOtherGivenName(tokens: Token[], i: number, candidates: (GazetteerActor | undefined)[]): boolean {
  const before = tokens[i - 1];
  if (!before || !before.isWord || !before.capitalised) return false;
  // Untagged, a sentence's first word may be capitalised only for being first ("Yesterday Lavrov said").
  if (before.pos === undefined ? i - 1 === 0 : before.pos !== 'PROPN') return false;
  if (isTitleWord(before.lower) || HONORIFICS.has(before.lower) || isCommonWord(before.text)) return false;
  // In a title-case headline every word is capitalised ("Rubio And Lavrov Agree"): capitals tell nothing.
  if (isTitleCase(tokens)) return false;
  return candidates.every((actor) => actor?.kind === 'person' && !namesWord(actor, before.lower));
}

function namesWord(actor: GazetteerActor, lower: string): boolean {
  const words = (name: string) =>
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .split(/[\s-]+/);
  const plain = lower.normalize('NFKD').replace(/\p{M}/gu, '');
  return [actor.name, ...actor.aliases].some((name) => words(name).includes(plain));
}
