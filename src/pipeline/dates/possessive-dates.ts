import type { TriggerMatch } from '../events/find-triggers.ts';
import type { Token } from '../text/tokens.ts';
import type { DateExpression } from './date-expressions.ts';

// A date in the possessive determines the noun after it: "condemned Sunday's missile strike on Odesa", "praised
// last week's talks", "blamed the RSF for Saturday's drone attack". It is the day of that event noun, not of the
// verb whose object the noun is (the condemnation is not told to be on Sunday), nor of any trigger before it.
const POSSESSIVE = /^['’]s?$/;
const OWN_MARK = /['’]s$/;
// Words from the possessive to the noun it determines ("Sunday's deadly Russian missile strike").
const NOUN_REACH = 5;
const NO_POSSESSIVE: PossessiveDates = { own: null, others: new Set() };

export type PossessiveDates = {
  /** The possessive date that determines this trigger's noun, if any. */
  own: DateExpression | null;
  /** Possessive dates after this trigger that determine another noun: not this trigger's. */
  others: ReadonlySet<DateExpression>;
};

/** The possessive dates of a sentence as they bear on `match`. */
export function possessiveDates(
  dates: DateExpression[],
  tokens: Token[],
  match: TriggerMatch,
  at: (offset: number) => number,
): PossessiveDates {
  let own: DateExpression | null = null;
  let others: Set<DateExpression> | null = null;
  for (const d of dates) {
    if (d.meaning.kind === 'relation') continue;
    // "Sunday's" is read with its mark; "last week" leaves it to the next token.
    const mark = OWN_MARK.test(d.text) ? at(d.end) - 1 : at(d.end);
    const token = tokens[mark];
    if (!token || !POSSESSIVE.test(token.text) || (token.end !== d.end && token.start !== d.end)) continue;
    if (determines(tokens, mark, match)) own ??= d;
    // "Sunday's shelling ... killed nine": a verb the phrase is the subject of shares its day, as it would after it.
    else if (match.tokenStart < mark) (others ??= new Set()).add(d);
  }
  return own || others ? { own, others: others ?? NO_POSSESSIVE.others } : NO_POSSESSIVE;
}

/** The noun trigger stands in the noun phrase the possessive at `mark` opens, with no verb or break between. */
function determines(tokens: Token[], mark: number, match: TriggerMatch): boolean {
  if (match.tokenStart <= mark || match.tokenStart > mark + NOUN_REACH) return false;
  if (!match.trigger.isNoun && tokens[match.tokenStart]!.pos !== 'NOUN') return false;
  for (let j = mark + 1; j < match.tokenStart; j++) {
    const t = tokens[j]!;
    if (!t.isWord && t.text !== '-') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return false;
  }
  return true;
}
