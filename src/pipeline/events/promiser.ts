import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

// Verbs by which someone commits to what a "that" clause says ("pledged that France would keep sending ...").
// They are no verbs of saying for the clause finder ("pledged to send" is one clause), so they are read here.
const PLEDGING = new Set([
  'pledged',
  'pledges',
  'promised',
  'promises',
  'vowed',
  'vows',
  'assured',
  'assures',
  'guaranteed',
  'guarantees',
]);
// How far back from the act the "that" of the pledge is looked for, and the verb before "that".
const CLAUSE_REACH = 12;
const VERB_REACH = 4;

/**
 * "Macron pledged on Monday that France would keep sending missiles": the one who pledged, the subject of a
 * verb of pledging whose "that" clause holds the act. Empty when no such verb frames the act.
 */
export function promiserOf(match: TriggerMatch, tokens: Token[], mentions: ActorMention[]): Participant[] {
  for (let j = match.tokenStart - 1; j >= Math.max(1, match.tokenStart - CLAUSE_REACH); j--) {
    const word = tokens[j]!.lower;
    if (word === ';') return [];
    if (word !== 'that') continue;
    for (let v = j - 1; v >= Math.max(0, j - VERB_REACH); v--) {
      if (!PLEDGING.has(tokens[v]!.lower)) continue;
      const subject = mentions.filter((m) => m.tokenEnd <= v && m.via !== 'adjective').at(-1);
      return subject
        ? [{ actorId: subject.actorId, span: { start: subject.start, end: subject.end }, via: subject.via }]
        : [];
    }
    return [];
  }
  return [];
}
