import type { GazetteerActor, Office } from '../resources/resource-schemas.ts';
import { isCommonWord } from '../resources/phoenix/common-words.ts';

// States whose people's names put the family name first, as English-language news keeps them
// ("Kim Jong Un" is "Kim" on second mention, "Lai Ching-te" is "Lai").
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK']);
// Family names that are also words or names of other things a capital letter may open:
// "Han Chinese", "Ban on exports", "Central Park", "the Yen".
const WORD_FAMILY_NAMES = new Set(['han', 'ban', 'park', 'song', 'moon', 'yen', 'shin']);

/**
 * The family name of a person of China, Taiwan or the Koreas, which news uses alone after the first mention:
 * the first word of the name, three to five letters, not an everyday word. Given names in Western order
 * ("David Lin") are left out: their first word is a given name other people of the gazetteer share.
 */
export function familyNameOf(actor: GazetteerActor, westernGivenNames: ReadonlySet<string>): string[] {
  if (actor.kind !== 'person' || !actor.roles.some((r) => r.of !== null && FAMILY_NAME_FIRST.has(r.of))) return [];
  const words = actor.name.split(/\s+/);
  const first = words[0]!;
  if (words.length < 2 || first.length < 3 || first.length > 5 || !/^\p{Lu}\p{Ll}+$/u.test(first)) return [];
  if (isCommonWord(first) || WORD_FAMILY_NAMES.has(first.toLowerCase()) || westernGivenNames.has(first)) return [];
  return [first];
}

/** First words of the names of people outside those states: given names, never family names. */
export function givenNamesOf(actors: Iterable<GazetteerActor>): Set<string> {
  const names = new Set<string>();
  for (const actor of actors) {
    if (actor.kind !== 'person' || actor.roles.some((r) => r.of !== null && FAMILY_NAME_FIRST.has(r.of))) continue;
    const words = actor.name.split(/\s+/);
    if (words.length >= 2) names.add(words[0]!);
  }
  return names;
}

const SENIORITY: Partial<Record<Office, number>> = {
  'head-of-state': 3,
  leader: 3,
  monarch: 3,
  'head-of-government': 2,
};

/** How senior an office is, for people who share a name: a head of state before a prime minister before the rest. */
export function seniorityOf(office: Office): number {
  return SENIORITY[office] ?? 1;
}
