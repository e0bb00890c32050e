import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token, TokenIndexSet } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

/** How far after a journey its purpose clause may start ("travel to Moscow later this week to ..."). */
const PURPOSE_REACH = 8;
/** How long a purpose clause is read for its counterpart ("to lead his team in a third round with US envoys"). */
const PURPOSE_LENGTH = 14;
const CLAUSE_ENDS = new Set([',', ';', '.', ':', '(', ')', 'but', 'while', 'after', 'before', 'as', 'where', 'who']);

/**
 * "is expected to travel to Moscow to brief Putin", "flew to Muscat to lead his country's team in talks with
 * US envoys": whom a journey's purpose clause names is whom the traveller goes to see, a better counterpart
 * than the government of the destination. A purpose verb that is an event of its own ("to meet Maduro") is
 * left to that event. The traveller's own side ("to lead Iran's team") is not a counterpart.
 */
export function journeyCounterpart(
  match: TriggerMatch,
  tokens: Token[],
  mentions: ActorMention[],
  otherTriggers: TokenIndexSet,
  ownSide: (actorId: string) => boolean,
): Participant[] {
  const to = purposeStart(match, tokens);
  if (to === null || otherTriggers.has(to + 1)) return [];
  const end = Math.min(tokens.length, to + 2 + PURPOSE_LENGTH);
  for (let j = to + 2; j < end; j++) {
    if (CLAUSE_ENDS.has(tokens[j]!.lower) || otherTriggers.has(j)) return [];
    const mention = mentions.find((m) => m.tokenStart === j);
    if (mention && !ownSide(mention.actorId))
      return [{ actorId: mention.actorId, span: { start: mention.start, end: mention.end }, via: mention.via }];
  }
  return [];
}

const NOT_VERBS = new Set(['DET', 'PRON', 'NUM', 'ADP', 'ADJ', 'ADV', 'CCONJ', 'PUNCT']);

/** The "to" of an infinitive of purpose after the journey's destination: "to" and a lower-case verb. */
export function purposeStart(match: TriggerMatch, tokens: Token[]): number | null {
  const limit = Math.min(tokens.length - 1, match.tokenEnd + PURPOSE_REACH);
  for (let j = match.tokenEnd; j < limit; j++) {
    const token = tokens[j]!;
    if (CLAUSE_ENDS.has(token.lower)) return null;
    const verb = tokens[j + 1]!;
    // The tagger takes some verbs after "to" for nouns ("to lead his team"); a determiner or pronoun is no verb.
    if (token.lower === 'to' && verb.isWord && !verb.capitalised && !NOT_VERBS.has(verb.pos ?? 'X')) return j;
  }
  return null;
}
