import type { PlaceMention } from '../places/find-places.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

// CAMEO files capturing and seizing under 171 (seize property: COERCE), but a town or a region taken by force
// is territory taken in fighting, which PLOVER codes as ASSAULT ("taking control of a town is ASSAULT like
// capturing it": Parley's lexicon already reads "captured two towns" so). Only the verbs of taking are retyped,
// and only when what is taken is a named place: a tanker, assets or people seized stay COERCE.
const TAKING_VERBS = /^(captur|seiz|recaptur|retak|retook|overr)/;
// Words that may stand between the verb and the place it takes ("seized the town of", "took back").
const BEFORE_OBJECT = new Set(['the', 'back', 'control', 'of', 'full', 'most', 'much', 'part', 'parts']);
// A passive's auxiliaries between the place and the verb ("El Fasher was captured by", "had been retaken").
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'had', 'has', 'have', 'being']);

/** A seizure whose object (or passive subject) is a named place, retyped as ASSAULT; else the match as it is. */
export function asCaptureOfPlace(match: TriggerMatch, tokens: Token[], places: PlaceMention[]): TriggerMatch {
  if (match.trigger.type !== 'COERCE' || match.trigger.mode !== 'seize' || places.length === 0) return match;
  const verb = tokens[match.verbToken ?? match.tokenStart];
  if (!verb || !TAKING_VERBS.test(verb.lower)) return match;
  if (!placeTaken(match, tokens, places)) return match;
  return { ...match, trigger: { ...match.trigger, type: 'ASSAULT', mode: null } };
}

function placeTaken(match: TriggerMatch, tokens: Token[], places: PlaceMention[]): boolean {
  let k = match.tokenEnd;
  while (k < tokens.length && k - match.tokenEnd < 4 && BEFORE_OBJECT.has(tokens[k]!.lower)) k++;
  if (places.some((p) => p.tokenStart === k)) return true;
  let j = match.tokenStart - 1;
  while (j >= 0 && match.tokenStart - j <= 3 && PASSIVE_AUX.has(tokens[j]!.lower)) j--;
  return j < match.tokenStart - 1 && places.some((p) => p.tokenEnd === j + 1);
}
