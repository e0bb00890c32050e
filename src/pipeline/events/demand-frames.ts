import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { TriggerMatch } from './find-triggers.ts';
import type { Participant } from './participants.ts';

// Nouns of saying that carry what someone must do: "issued a reminder to Baku that it must withdraw", "sent
// a message to Tehran that it should stop", "gave Kigali an ultimatum that it must withdraw". Whoever gives the
// reminder demands the act, as the speaker of "said Baku must withdraw" does (`demanderOf`).
const FRAME_NOUNS = new Set(['reminder', 'warning', 'message', 'ultimatum', 'notice', 'signal', 'demand']);
const OBLIGATION = new Set(['must', 'should', 'ought']);
// From the act back to "that", and from "that" back to the frame noun ("to Baku", "on Monday", "stern").
const TO_THAT = 4;
const TO_NOUN = 6;

/** The giver of a reminder, warning or message that the act's actor must act, or nobody. */
export function frameNounDemander(match: TriggerMatch, tokens: Token[], mentions: ActorMention[]): Participant[] {
  const before = tokens.slice(Math.max(0, match.tokenStart - 3), match.tokenStart).map((t) => t.lower);
  if (!before.some((w) => OBLIGATION.has(w))) return [];
  const that = lastIndexBefore(tokens, match.tokenStart, TO_THAT, (t) => t.lower === 'that');
  if (that < 0) return [];
  const noun = lastIndexBefore(tokens, that, TO_NOUN, (t) => FRAME_NOUNS.has(t.lower) && t.pos !== 'VERB');
  if (noun < 0) return [];
  const giver = subjectBefore(tokens, noun, mentions);
  return giver ? [{ actorId: giver.actorId, span: { start: giver.start, end: giver.end }, via: giver.via }] : [];
}

/**
 * The subject of the clause that gives the frame noun: its first named party ("The African Union gave Rwanda an
 * ultimatum": not Rwanda, whom it is given to), after the last comma before the noun when one is named there
 * ("On Tuesday, India issued ...").
 */
function subjectBefore(tokens: Token[], noun: number, mentions: ActorMention[]): ActorMention | undefined {
  const named = mentions.filter((m) => m.tokenEnd <= noun && m.via !== 'adjective');
  let comma = -1;
  for (let j = noun - 1; j >= 0 && comma < 0; j--) if (tokens[j]!.text === ',') comma = j;
  return named.find((m) => m.tokenStart > comma) ?? named[0];
}

/** The nearest token before `from`, at most `reach` back, that passes `test`, stopping at a clause break. */
function lastIndexBefore(tokens: Token[], from: number, reach: number, test: (t: Token) => boolean): number {
  for (let j = from - 1; j >= Math.max(0, from - reach); j--) {
    const token = tokens[j]!;
    if (test(token)) return j;
    if (token.text === ';' || token.text === '.') return -1;
  }
  return -1;
}
