import type { EventDraft } from './event-records.ts';
import { conditionOfAct } from './modality-conditions.ts';

// An agreement or a pledge can carry an act of its own, which PLOVER codes beside the AGREE ("a promise to do X
// is AGREE, the doing is X"):
// - agreeing on, reaching or signing a truce declares it, CAMEO 0871 (RETREAT ceasefire), done when agreed;
// - pledging or offering aid, money or arms (CAMEO 033, AGREE) promises the giving (07x, AID), planned.
const TRUCE_NOUNS = new Set(['truce', 'truces', 'ceasefire', 'ceasefires', 'cease-fire', 'armistice']);
// Words that may stand between the agreeing verb and the truce ("agreed on a 48-hour truce", "a new, full ceasefire").
const BEFORE_NOUN = new Set(['a', 'an', 'the', 'their', 'its', 'new', 'full', 'immediate', 'temporary', 'partial']);
const TRUCE_REACH = 5;
const PLEDGING = /^(pledg|promis|offer)/;
const MATERIAL = new Set([
  'aid',
  'assistance',
  'weapons',
  'arms',
  'funding',
  'funds',
  'money',
  'loan',
  'loans',
  'grant',
  'grants',
  'million',
  'billion',
]);

/** Each draft followed by the act its agreement or pledge carries, if any. */
export function withAgreedActs(drafts: EventDraft[]): EventDraft[] {
  // Both readings start from an agreement: most sentences have none, and keep their drafts.
  if (!drafts.some((d) => d.type === 'AGREE')) return drafts;
  return drafts.flatMap((d) => {
    const act = agreedTruce(d, drafts) ?? pledgedAid(d, drafts);
    return act ? [d, act] : [d];
  });
}

/** "Pakistan and the Taliban agreed on a 48-hour truce": the truce itself, RETREAT, by the same parties. */
function agreedTruce(d: EventDraft, drafts: EventDraft[]): EventDraft | null {
  if (d.type !== 'AGREE' || d.modality !== 'occurred' || d.match.trigger.isNoun || d.statedIntent) return null;
  if (d.source.length === 0 || !namesTruce(d)) return null;
  if (drafts.some((o) => o.type === 'RETREAT' && o.sentence === d.sentence && o.mode === 'ceasefire')) return null;
  // "agreed to a ceasefire if the army withdrew": the truce holds only if the condition is met.
  const condition = conditionOfAct(d.tokens, d.match.tokenEnd);
  return {
    ...d,
    type: 'RETREAT',
    mode: 'ceasefire',
    modality: condition ? 'hypothetical' : 'occurred',
    modalityCue: condition ? `a truce agreed on a condition (${condition})` : `${d.modalityCue}: a truce agreed`,
  };
}

function namesTruce({ tokens, match }: EventDraft): boolean {
  for (let k = match.tokenStart; k < match.tokenEnd; k++)
    if (TRUCE_NOUNS.has(tokens[k]!.lower)) return isTruceItself(tokens, k);
  for (let k = match.tokenEnd; k < Math.min(tokens.length, match.tokenEnd + TRUCE_REACH); k++) {
    const word = tokens[k]!.lower;
    if (TRUCE_NOUNS.has(word)) return isTruceItself(tokens, k);
    // "a 48-hour truce", "a three-day ceasefire": an article, a modifier, a number or a hyphenated span.
    const hyphenated = word === '-' || tokens[k + 1]?.text === '-' || tokens[k - 1]?.text === '-';
    if (!BEFORE_NOUN.has(word) && !/^\d/.test(word) && !hyphenated) return false;
  }
  return false;
}

// Nouns after "ceasefire" that make it a modifier of something not yet a truce ("accepted the ceasefire proposal").
const NOT_YET_A_TRUCE = new Set([
  'proposal',
  'proposals',
  'plan',
  'plans',
  'offer',
  'terms',
  'talks',
  'negotiations',
  'demand',
  'call',
]);

/** The truce noun at `k` heads its phrase, or heads a deal or an agreement ("a ceasefire deal"), not a proposal. */
function isTruceItself(tokens: EventDraft['tokens'], k: number): boolean {
  return !NOT_YET_A_TRUCE.has(tokens[k + 1]?.lower ?? '');
}

/** "Britain pledged 120 million pounds in humanitarian aid for Sudan": the aid itself, AID, planned. */
function pledgedAid(d: EventDraft, drafts: EventDraft[]): EventDraft | null {
  if (d.type !== 'AGREE' || d.match.trigger.isNoun || d.statedIntent || d.source.length === 0) return null;
  const { tokens, match } = d;
  const verb = tokens[match.verbToken ?? match.tokenStart]!.lower;
  if (!PLEDGING.test(verb)) return null;
  const words = tokens.slice(match.tokenStart + 1, match.tokenEnd).map((t) => t.lower);
  if (!words.some((w) => MATERIAL.has(w)) || words.includes('to')) return null;
  if (drafts.some((o) => o.type === 'AID' && o.sentence === d.sentence)) return null;
  return {
    ...d,
    type: 'AID',
    mode: null,
    modality: d.modality === 'denied' ? 'denied' : 'planned',
    modalityCue: `${verb}: aid pledged`,
    // When the aid is given is not said; the pledge's day is the pledge's.
    date: { ...d.date, precision: 'unknown', basis: `pledged ${d.date.date ?? ''}; when the aid is given is not said` },
    dateSpan: null,
  };
}
