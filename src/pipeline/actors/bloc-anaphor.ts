import type { GazetteerActor } from '../resources/resource-schemas.ts';
import type { Token } from '../text/tokens.ts';

/**
 * "The bloc", "the 27-nation bloc", "the regional bloc": news names an intergovernmental body it has named before
 * (the EU, ASEAN, ECOWAS) by the noun, as it names an armed group "the group". The noun is one of the gazetteer's
 * organisation anaphors; this says which body it points back to: the intergovernmental organisation the article
 * named last, none when it named none.
 */
export const BLOC_NOUN = 'bloc';

/** Whether the anaphor at `at` is "bloc" (asked before the body is looked for). */
export const isBlocNoun = (tokens: Token[], at: number): boolean => tokens[at]?.lower === BLOC_NOUN;

/** A body "the bloc" may point back to: an intergovernmental organisation. */
export const isBlocBody = (actor: GazetteerActor): boolean => actor.kind === 'igo' && !actor.sector;

/** A token between "the" and "bloc": a common word, or a piece of a count of members ("27-nation", "15-member"). */
export const isBlocModifier = (token: Token): boolean =>
  /^(?:\p{Ll}+|\d+|-)$/u.test(token.text) && token.lower !== 'the';

/** How many tokens may stand between "the" and "bloc": "the 27 - nation trading bloc". */
export const BLOC_MODIFIERS = 5;
