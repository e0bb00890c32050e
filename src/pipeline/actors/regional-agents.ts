import type { PlaceMention } from '../places/find-places.ts';
import type { Token } from '../text/tokens.ts';
import type { ActorMention, MentionHistory } from './find-mentions.ts';
import type { Gazetteer } from './gazetteer.ts';

// Sectors a region names the members of ("Tigray rebels", "Darfur militants", "Kashmir protesters"). Not the
// military or police: a region's forces are as often the ones fighting the state ("Tigray forces").
const REGIONAL_SECTORS = new Set(['rebels', 'militants', 'opposition']);

/**
 * "Tigray rebels", "Darfur militants": a place of a state right before a noun for rebels, militants or protesters
 * names that state's sector actor, over both words, as "Ethiopian rebels" would; the bare noun's own mention
 * (the country-less "rebels") gives way to it. The new mention is remembered in the article's history.
 */
export function withRegionalAgents(
  mentions: ActorMention[],
  places: PlaceMention[],
  tokens: Token[],
  gazetteer: Gazetteer,
  history: MentionHistory,
): ActorMention[] {
  let out = mentions;
  for (const place of places) {
    const country = place.place.country;
    if (!country || place.tokenEnd >= tokens.length) continue;
    const form =
      gazetteer.sectors.forms.longestMatch(tokens, place.tokenEnd) ?? lowerCaseForm(tokens, place.tokenEnd, gazetteer);
    const sector = form?.values[0];
    if (!form || !sector || !REGIONAL_SECTORS.has(sector)) continue;
    const state = country.toLowerCase();
    const actorId = gazetteer.sectors.actorOf.get(`${state}|${sector}`);
    if (!actorId || gazetteer.actors.get(state)?.kind !== 'state') continue;
    const end = place.tokenEnd + form.length;
    // A gazetteer name over the place's words ("Tigray People's Liberation Front") is a name, not a region.
    if (out.some((m) => m.tokenStart < place.tokenEnd && m.tokenEnd > place.tokenStart && m.tokenEnd > end)) continue;
    const mention: ActorMention = {
      actorId,
      tokenStart: place.tokenStart,
      tokenEnd: end,
      start: place.start,
      end: tokens[end - 1]!.end,
      via: 'group',
    };
    out = [...out.filter((m) => m.tokenEnd <= place.tokenStart || m.tokenStart >= end), mention].sort(
      (a, b) => a.tokenStart - b.tokenStart,
    );
    remember(history, actorId);
  }
  return out;
}

/** "Tigray Rebels" in a title-case headline: the sector forms are lower case. */
function lowerCaseForm(tokens: Token[], at: number, gazetteer: Gazetteer) {
  if (!tokens[at]?.capitalised) return null;
  return gazetteer.sectors.forms.longestMatch([{ text: tokens[at]!.lower }, ...tokens.slice(at + 1, at + 4)], 0);
}

function remember(history: MentionHistory, actorId: string): void {
  const at = history.recent.lastIndexOf(actorId);
  if (at >= 0) history.recent.splice(at, 1);
  history.recent.push(actorId);
  if (history.recent.length > 30) history.recent.shift();
}
