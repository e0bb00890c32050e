import type { ActorMention } from '../actors/find-mentions.ts';
import type { PlaceMention } from '../places/find-places.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** An expelling state as a participant: the id and the span that named it. */
type Expeller = { actorId: string; span: { start: number; end: number }; via: 'seat' };

const BE_FORMS = /^(was|were|been|is|are|being|be)$/;

/**
 * "Iranian diplomats in Baku were expelled", "three diplomats were expelled from Canada", "... in Warsaw were
 * declared persona non grata": an expulsion in the passive with no agent is by the state the envoys are expelled
 * from, else by the state of the place where they serve, named in the subject ("in Baku"). Only a state expels
 * an envoy from its territory. Null when the trigger is no such passive or no such state is named.
 */
export function expellingState(
  match: TriggerMatch,
  tokens: Token[],
  mentions: readonly ActorMention[],
  places: readonly PlaceMention[],
  stateOf: (actorIdOrCountry: string) => string | undefined,
  clauseStart: number,
): Expeller | null {
  if (match.trigger.type !== 'SANCTION' || match.trigger.mode !== 'expel') return null;
  const aux = [match.tokenStart - 1, match.tokenStart - 2].find((k) => BE_FORMS.test(tokens[k]?.lower ?? ''));
  if (aux === undefined) return null;
  if (tokens[match.tokenEnd]?.lower === 'from') {
    const from = match.tokenEnd + 1;
    const named = mentions.find((m) => m.tokenStart === from);
    const state = named ? stateOf(named.actorId) : undefined;
    if (named && state) return { actorId: state, span: { start: named.start, end: named.end }, via: 'seat' };
    const place = places.find((p) => p.tokenStart === from);
    const placeState = place?.place.country ? stateOf(place.place.country) : undefined;
    if (place && placeState) return { actorId: placeState, span: { start: place.start, end: place.end }, via: 'seat' };
  }
  // "Iranian diplomats in Baku were expelled": the place in the subject, after "in", before the auxiliary.
  const served = places.find(
    (p) => p.tokenStart >= clauseStart && p.tokenEnd <= aux && tokens[p.tokenStart - 1]?.lower === 'in',
  );
  const state = served?.place.country ? stateOf(served.place.country) : undefined;
  return served && state ? { actorId: state, span: { start: served.start, end: served.end }, via: 'seat' } : null;
}
