import type { ActorMention } from '../actors/find-mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { Participant } from './participants.ts';
import { slug } from '../text/slug.ts';

// A warning addressed to a party: "officials told Moscow on Saturday that new sanctions would follow unless ...",
// "the envoys warned Tehran that consequences would follow if ...". The clause after "that" names no party before
// its verb (its subject is the measure), so the nearest name to the left is the one told, the party the warning
// is aimed at, never the one who warns. Read from proximity, the warned party threatened itself, or the victim of
// the act the condition names ("... if it attacked Moldova"). The one told is the target; the one who tells, when
// the text names a known party, stays the source; a group the gazetteer lacks, told by capitalised words and a
// plural noun for people ("European leaders", "Gulf diplomats"), is an unresolved source; with no teller at all
// the threat has none.

// Verbs that address what follows "that" to a party named right after them.
const TELLING =
  /^(told|tells|tell|telling|warned|warns|warn|warning|assured|assures|reminded|reminds|informed|informs|cautioned|notified)$/;
// Words that may stand between the one told and "that": a day, a manner, a repetition ("on Saturday", "again").
const BETWEEN =
  /^(on|last|this|earlier|late|(mon|tues|wednes|thurs|fri|satur|sun)day|week|weekend|month|again|also|privately|publicly|repeatedly|bluntly|directly)$/;
const BETWEEN_REACH = 4;
// How far before the trigger "that" may stand: the measure's phrase ("new and tougher sanctions would").
const CLAUSE_REACH = 10;
// Plural nouns for people that make a group out of the capitalised words before them ("European leaders").
const GROUP_NOUNS =
  /^(leaders|officials|ministers|diplomats|envoys|governments|countries|states|nations|allies|partners|mediators)$/;
const GROUP_REACH = 3;

/** An answer-with-force threat in a clause addressed to a party: that party as its target, never its source. */
export function withAddresseeThreatened(draft: EventDraft, mentions: ActorMention[]): EventDraft {
  if (draft.type !== 'THREATEN' || draft.mode !== 'answer-with-force') return draft;
  const addressee = addresseeOf(draft.tokens, draft.match.tokenStart, mentions);
  // A source other than the one told was found in the text (the teller, a speaker): the draft stands.
  if (!addressee || !draft.source.every((p) => p.actorId === addressee.actorId)) return draft;
  const told: Participant = {
    actorId: addressee.actorId,
    span: { start: addressee.start, end: addressee.end },
    via: addressee.via,
  };
  const source = draft.source.filter((p) => p.actorId !== addressee.actorId);
  const group = source.length === 0 ? tellingGroup(draft.tokens, addressee.tokenStart - 1, mentions) : null;
  return { ...draft, source: group ? [group] : source, target: [told] };
}

/**
 * "European leaders told Moscow", "Gulf diplomats warned Tehran": capitalised words and a plural noun for people
 * right before the telling verb at `verb`, which no known name covers but as an adjective, are an unnamed group.
 */
function tellingGroup(tokens: Token[], verb: number, mentions: ActorMention[]): Participant | null {
  const noun = verb - 1;
  if (!GROUP_NOUNS.test(tokens[noun]?.lower ?? '')) return null;
  let start = noun;
  while (start > 0 && noun - start < GROUP_REACH && tokens[start - 1]!.capitalised && tokens[start - 1]!.isWord)
    start--;
  if (start === noun) return null;
  if (mentions.some((m) => m.tokenStart < noun && m.tokenEnd > start && m.via !== 'adjective')) return null;
  const first = tokens[start]!;
  const last = tokens[noun]!;
  const name = tokens
    .slice(start, noun + 1)
    .map((t) => t.text)
    .join(' ');
  return { actorId: `unresolved:${slug(name)}`, span: { start: first.start, end: last.end }, via: 'unresolved', name };
}

/**
 * The party a telling verb addresses the trigger's "that"-clause to, when that clause names no party before the
 * trigger: "told Moscow on Saturday that | new sanctions would follow". Null otherwise.
 */
function addresseeOf(tokens: Token[], triggerStart: number, mentions: ActorMention[]): ActorMention | null {
  let that = -1;
  for (let j = triggerStart - 1; j >= Math.max(0, triggerStart - CLAUSE_REACH); j--) {
    if (tokens[j]!.lower === 'that') {
      that = j;
      break;
    }
    if (!tokens[j]!.isWord) return null;
  }
  if (that < 0 || mentions.some((m) => m.tokenStart > that && m.tokenStart < triggerStart)) return null;
  let end = that;
  while (end > 0 && that - end < BETWEEN_REACH && BETWEEN.test(tokens[end - 1]!.lower)) end--;
  const addressee = mentions.find((m) => m.tokenEnd === end && m.via !== 'adjective');
  return addressee && TELLING.test(tokens[addressee.tokenStart - 1]?.lower ?? '') ? addressee : null;
}
