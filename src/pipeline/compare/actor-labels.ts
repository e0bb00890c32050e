import type { Token } from '../text/tokens.ts';
import { lastAtMost } from '../text/sorted-search.ts';

type Range = { start: number; end: number };

// Words that end a label on the left and belong to it: "the terrorist organization Hamas", "its ally Hamas".
// Not "that" or "this": they open clauses as often as noun phrases ("a demand that Hamas ...").
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

// Lower-case words that describe an actor: ranks, offices, kinds of group, their qualifiers.
const DESCRIPTOR_WORDS = new Set([
  'minister',
  'ministers',
  'president',
  'prime',
  'foreign',
  'defence',
  'defense',
  'finance',
  'interior',
  'secretary',
  'state',
  'general',
  'chief',
  'leader',
  'leaders',
  'head',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'envoy',
  'special',
  'ambassador',
  'official',
  'officials',
  'senior',
  'top',
  'deputy',
  'vice',
  'former',
  'militant',
  'militants',
  'group',
  'groups',
  'organization',
  'organisation',
  'terrorist',
  'terror',
  'movement',
  'faction',
  'militia',
  'rebel',
  'rebels',
  'armed',
  'islamist',
  'jihadist',
  'army',
  'military',
  'forces',
  'government',
  'regime',
  'administration',
  'authority',
  'authorities',
  'ally',
  'allied',
  'rival',
  'neighbouring',
  'neighboring',
  'veteran',
  'hardline',
  'opposition',
  'ruling',
  'party',
  'coalition',
  'designated',
  'proscribed',
  'banned',
  'outlawed',
  'commander',
  'negotiator',
  'negotiators',
  'mediator',
  'delegation',
  'counterpart',
  'embattled',
  'new',
  'newly',
  'appointed',
  'elected',
  'incoming',
  'outgoing',
  'acting',
  'interim',
  'supreme',
  'wing',
  'right',
  'left',
  'far',
  'key',
  'powerful',
  'mayor',
  'governor',
  'king',
  'queen',
  'prince',
  'crown',
  'emir',
  'sheikh',
  'premier',
  'chancellor',
  'director',
  'agency',
]);

// Participles that describe only in a compound after a hyphen: "Iran-backed", not "backed by US guarantees".
const COMPOUND_PARTICIPLES = new Set([
  'backed',
  'led',
  'aligned',
  'based',
  'linked',
  'controlled',
  'run',
  'affiliated',
  'allied',
]);

// Nouns a name can qualify from the left: "the Trump administration", "Hamas officials", "a Kremlin spokesman".
const HEAD_NOUNS = new Set([
  'administration',
  'government',
  'officials',
  'official',
  'envoy',
  'envoys',
  'team',
  'delegation',
  'office',
  'camp',
  'forces',
  'army',
  'military',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leadership',
  'cabinet',
  'negotiators',
  'negotiator',
  'leader',
  'leaders',
  'authorities',
  'regime',
  'militants',
  'fighters',
  'ministry',
  'staff',
  'aides',
]);

// Capitalised words that open a sentence or a phrase but describe no one.
const NOT_DESCRIPTORS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'on',
  'in',
  'at',
  'after',
  'before',
  'but',
  'and',
  'or',
  'when',
  'while',
  'meanwhile',
  'earlier',
  'later',
  'last',
  'then',
  'since',
  'as',
  'if',
  'also',
  'both',
  'however',
  'yesterday',
  'today',
]);

// Adjectives of nationality and creed: "Palestinian", "Israeli", "Chinese", "British", "Islamic", "Veldorian".
const ADJECTIVE_ENDING = /(?:an|ian|i|ese|ish|ic)$/;
/** The longest right appositive kept in a label: "Hamas, the militant group that runs Gaza," but not a clause. */
const MAX_APPOSITIVE_WORDS = 8;

/**
 * The whole phrase a sentence uses to name an actor: the name span widened left over descriptors back to
 * a determiner ("the Palestinian militant group Hamas", "US President Donald Trump", "Iran's foreign
 * minister Abbas Araghchi"), and right over a short appositive closed by a comma or the sentence's end
 * ("Sorrel, the Ostravan foreign minister,"). Never crosses a fence: the trigger or another actor's span.
 */
export function labelActor(tokens: Token[], name: Range, fences: Range[]): Range {
  // Tokens are in text order and do not overlap, so starts and ends both rise: the name's first and last tokens
  // are found by halving, not by a scan of the sentence for every label of every event.
  const before = lastAtMost(tokens, name.start - 1, (t) => t.start);
  const first = before + 1 < tokens.length ? before + 1 : -1;
  const last = lastAtMost(tokens, name.end, (t) => t.end);
  if (first < 0 || last < first) return { start: name.start, end: name.end };
  // Returned, not declared: under tsx a named closure costs about a microsecond to make.
  const fenced = fencedBy(fences);
  return {
    start: tokens[leftEdge(tokens, first, fenced)]!.start,
    end: Math.max(name.end, rightEdge(tokens, last, fenced)),
  };
}

/** Whether a token overlaps one of the fences. */
function fencedBy(fences: Range[]): (t: Token) => boolean {
  return (t) => fences.some((f) => t.start < f.end && t.end > f.start);
}

function leftEdge(tokens: Token[], first: number, fenced: (t: Token) => boolean): number {
  let edge = first;
  for (let j = first - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (fenced(t)) break;
    if (DETERMINERS.has(t.lower)) return j;
    if (!isDescriptor(tokens, j)) break;
    edge = j;
  }
  // A hyphen or possessive mark cannot open a label.
  while (edge < first && !tokens[edge]!.isWord) edge++;
  return edge;
}

function isDescriptor(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  const previous = tokens[j - 1];
  if (t.lower === "'s" || t.lower === '’s') return !!previous?.capitalised;
  if (COMPOUND_PARTICIPLES.has(t.lower)) return previous?.text === '-' && previous.end === t.start;
  if (t.text === '-') return !!previous && previous.end === t.start && !!next && t.end === next.start;
  if (!t.isWord || NOT_DESCRIPTORS.has(t.lower)) return false;
  if (DESCRIPTOR_WORDS.has(t.lower)) return true;
  if (!t.capitalised) return false;
  if (/^\p{Lu}{2,5}$/u.test(t.text)) return true; // US, UN, EU, IDF
  if (ADJECTIVE_ENDING.test(t.lower) && t.text.length > 3) return true;
  // "Iran's foreign minister", "Hamas leader", "Iran-backed": a name qualifying a descriptor.
  return (
    !!next && (next.lower === "'s" || next.lower === '’s' || next.text === '-' || DESCRIPTOR_WORDS.has(next.lower))
  );
}

function rightEdge(tokens: Token[], nameLast: number, fenced: (t: Token) => boolean): number {
  let last = nameLast;
  while (tokens[last + 1] && HEAD_NOUNS.has(tokens[last + 1]!.lower) && !fenced(tokens[last + 1]!)) last++;
  const comma = tokens[last + 1];
  if (comma?.text !== ',' || !tokens[last + 2]) return tokens[last]!.end;
  const opener = tokens[last + 2]!;
  if (!DETERMINERS.has(opener.lower) && !isDescriptor(tokens, last + 2)) return tokens[last]!.end;
  let words = 0;
  for (let k = last + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (fenced(t)) return tokens[last]!.end;
    const closes = t.text === ',' || ((t.text === '.' || t.text === '!' || t.text === '?') && k === tokens.length - 1);
    if (closes) return k > last + 2 ? tokens[k - 1]!.end : tokens[last]!.end;
    if (t.isWord && ++words > MAX_APPOSITIVE_WORDS) return tokens[last]!.end;
  }
  return tokens[last]!.end;
}
