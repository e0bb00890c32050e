import type { GazetteerActor } from '../resources/resource-schemas.ts';
import type { Token } from '../text/tokens.ts';
import type { Gazetteer } from './gazetteer.ts';

const HALVES: Record<string, string> = { North: 'South', South: 'North' };

// The halves of each divided state by the word that names them ("North" -> North Korea), built once per gazetteer.
const halvesByGazetteer = new WeakMap<Gazetteer, Map<string, { half: GazetteerActor; other: GazetteerActor }[]>>();

/**
 * "eased tensions with the North", "declared the South its enemy": in a story about a state split into a
 * North and a South, "the North" or "the South" is that half. Only when the article has named either half
 * (or its people or forces), so "the North" of a country, or "the North Atlantic", stays a place or a name.
 */
export function halfOfDividedState(
  tokens: Token[],
  at: number,
  gazetteer: Gazetteer,
  named: (stateId: string) => boolean,
): { actorId: string; end: number } | null {
  const word = tokens[at]!;
  // Asked for every token: two comparisons first, since a key look-up would hash every word of the article.
  if ((word.text !== 'North' && word.text !== 'South') || tokens[at - 1]?.lower !== 'the') return null;
  const next = tokens[at + 1];
  if (next?.isWord && next.capitalised) return null;
  for (const { half, other } of halvesOf(gazetteer).get(word.text) ?? [])
    if (named(half.id) || named(other.id)) return { actorId: half.id, end: at + 1 };
  return null;
}

function halvesOf(gazetteer: Gazetteer): Map<string, { half: GazetteerActor; other: GazetteerActor }[]> {
  let halves = halvesByGazetteer.get(gazetteer);
  if (halves) return halves;
  halves = new Map();
  const states = [...gazetteer.actors.values()].filter((a) => a.kind === 'state');
  const byName = new Map(states.map((s) => [s.name, s]));
  for (const half of states) {
    const [first, ...rest] = half.name.split(' ');
    const otherWord = first ? HALVES[first] : undefined;
    const other = otherWord ? byName.get([otherWord, ...rest].join(' ')) : undefined;
    if (!other || !first) continue;
    halves.set(first, [...(halves.get(first) ?? []), { half, other }]);
  }
  halvesByGazetteer.set(gazetteer, halves);
  return halves;
}
