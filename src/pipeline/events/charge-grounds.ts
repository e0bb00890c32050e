import type { Token } from '../text/tokens.ts';
import type { EventDraft } from './event-records.ts';
import type { CompiledTrigger } from './trigger-lexicon.ts';

// PLOVER (after CAMEO 112 "accuse") codes the charge an authority arrests or jails someone on as an accusation by
// that authority against the one held: "jailed six activists on allegations of sedition", "arrested for spying".
// The charge is read from the grounds phrase that follows the coercive act in its clause.

// Coercive acts of an authority against a person: arrest, detention, prison, trial and the sentence.
const HOLDING_ACT =
  /^(detain|arrest|jail|imprison|sentenc|convict|indict|prosecut|charg|round|lock|put|place|hold|held)/;
// "on charges of", "on suspicion of", "over allegations of": the grounds named by a noun.
const GROUNDS_NOUNS = new Set([
  'charge',
  'charges',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'suspicion',
]);
const GROUNDS_PREPOSITIONS = new Set(['on', 'over']);
// "for treason", "for alleged espionage": an offence named by a noun after "for".
const OFFENCES = new Set([
  'treason',
  'espionage',
  'spying',
  'sedition',
  'terrorism',
  'incitement',
  'subversion',
  'sabotage',
  'collaboration',
  'desertion',
  'extremism',
  'insurrection',
  'rebellion',
  'smuggling',
  'murder',
  'corruption',
  'blasphemy',
  'insulting',
]);
// "held for questioning", "detained for hours": an -ing word after "for" that names no offence.
const NOT_OFFENCES = new Set(['questioning', 'interrogating', 'processing', 'screening', 'safekeeping']);
// How far after the act its grounds may come: past a long object ("dozens of members of the banned Front for ...").
const GROUNDS_SCAN = 24;

const GROUNDS_TRIGGER: CompiledTrigger = {
  type: 'ACCUSE',
  mode: 'allege',
  direction: 'forward',
  weight: 0.5,
  defaultModality: null,
  sourceKinds: null,
  pattern: '(grounds of an arrest)',
  slots: [],
  isNoun: true,
  cameo: '112',
};

/** The token range of the grounds a holding act names ("on charges of", "for spying"), or null. */
export function chargeGrounds(tokens: Token[], actEnd: number): { start: number; end: number } | null {
  const last = Math.min(tokens.length, actEnd + GROUNDS_SCAN);
  for (let j = actEnd; j < last; j++) {
    const word = tokens[j]!.lower;
    if (word === ';' || word === '.' || word === 'said' || word === 'after' || word === 'because') return null;
    if (
      GROUNDS_PREPOSITIONS.has(word) &&
      GROUNDS_NOUNS.has(tokens[j + 1]?.lower ?? '') &&
      tokens[j + 2]?.lower === 'of'
    )
      return { start: j, end: j + 3 };
    if (word === 'for') {
      const k = tokens[j + 1]?.lower === 'alleged' || tokens[j + 1]?.lower === 'allegedly' ? j + 2 : j + 1;
      if (isOffence(tokens[k])) return { start: j, end: k + 1 };
    }
  }
  return null;
}

/** "spying", "collaborating", "treason": an offence noun, or an -ing verb that is not a step of the procedure. */
function isOffence(token: Token | undefined): boolean {
  if (!token?.isWord) return false;
  if (OFFENCES.has(token.lower)) return true;
  return /ing$/.test(token.lower) && token.lower.length > 5 && !NOT_OFFENCES.has(token.lower) && token.pos === 'VERB';
}

/**
 * Each draft of a holding act that names its grounds is followed by the accusation those grounds make, by the
 * same authority against the same people. An event read from inside the grounds ("for collaborating with
 * the rebels") is the charge, not a reported act, and is dropped.
 */
export function withChargeAccusations(drafts: EventDraft[]): EventDraft[] {
  const grounds = new Map<EventDraft, { start: number; end: number }>();
  for (const d of drafts) {
    if (d.type !== 'COERCE' || d.source.length === 0 || d.target.length === 0) continue;
    if (!HOLDING_ACT.test(d.tokens[d.match.tokenStart]!.lower)) continue;
    const span = chargeGrounds(d.tokens, d.match.tokenEnd);
    if (span) grounds.set(d, span);
  }
  if (grounds.size === 0) return drafts;
  const spans = [...grounds.values()];
  return drafts
    .filter((d) => !spans.some((s) => d.match.tokenStart > s.start && d.match.tokenStart < s.end))
    .flatMap((d) => {
      const span = grounds.get(d);
      return span ? [d, accusationOn(d, span)] : [d];
    });
}

function accusationOn(act: EventDraft, span: { start: number; end: number }): EventDraft {
  return {
    ...act,
    type: 'ACCUSE',
    mode: 'allege',
    match: {
      ...act.match,
      trigger: GROUNDS_TRIGGER,
      tokenStart: span.start,
      tokenEnd: span.end,
      verbForms: null,
      verbToken: null,
    },
    modality: 'occurred',
    modalityCue: `grounds of ${act.tokens[act.match.tokenStart]!.lower}`,
    demandedBy: undefined,
    statedIntent: undefined,
  };
}
