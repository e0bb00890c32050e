import type { PloverType } from '../model/bundle-schema.ts';

/**
 * How a headline says what happened, with an object ("accuses Hamas") and without one ("makes accusations").
 * A mutual verb may take a co-party as its object: "Israel and Hamas held talks" is "Israel holds talks with
 * Hamas", but "Egypt and Jordan rejected" is not "Egypt rejects Jordan".
 */
export type EventVerb = { transitive: string; intransitive: string; mutual?: boolean };

/** A more specific verb that the reports' trigger words or PLOVER mode call for. */
export type VerbRule = EventVerb & {
  /** Matched against the trigger's words, lower-cased. */
  trigger?: RegExp;
  mode?: string;
  /** The report's target is the subject: "Y hosted X" is coded as X visiting Y. */
  targetFirst?: boolean;
};

/** One type's verbs: the plain one, and the specific ones tried in order. */
export type TypeVerbs = { verb: EventVerb; rules: VerbRule[] };

const v = (transitive: string, intransitive: string): EventVerb => ({ transitive, intransitive });
const mutual = (transitive: string, intransitive: string): EventVerb => ({ transitive, intransitive, mutual: true });

/**
 * Present-tense headline verbs per PLOVER type. A closed table over the 16 types (a typed lookup, as
 * model/type-family.ts), not a lexicon: the trigger patterns only pick among a type's own verbs.
 */
export const TYPE_VERBS: Record<PloverType, TypeVerbs> = {
  AGREE: {
    verb: mutual('agrees with', 'agrees'),
    rules: [{ trigger: /ceasefire|truce/, ...mutual('agrees truce with', 'agrees truce') }],
  },
  CONSULT: {
    verb: mutual('meets', 'holds talks'),
    rules: [
      { trigger: /\bhost/, targetFirst: true, ...v('hosts', 'hosts talks') },
      { trigger: /\b(call|phone)/, ...v('calls', 'makes calls') },
      { trigger: /\b(talks|negotiat)/, ...mutual('holds talks with', 'holds talks') },
      { mode: 'visit', ...v('visits', 'travels') },
      { mode: 'mediation', ...v('mediates with', 'mediates') },
    ],
  },
  SUPPORT: {
    verb: v('backs', 'voices support'),
    rules: [{ trigger: /\b(prais|hail)/, ...v('praises', 'gives praise') }],
  },
  CONCEDE: { verb: v('concedes to', 'concedes'), rules: [{ mode: 'easing', ...v('eases curbs on', 'eases curbs') }] },
  COOPERATE: { verb: mutual('cooperates with', 'cooperates'), rules: [] },
  AID: { verb: v('aids', 'sends aid'), rules: [] },
  RETREAT: {
    verb: v('pulls back from', 'pulls back'),
    rules: [
      { trigger: /exchang|swap/, ...mutual('swaps prisoners with', 'swaps prisoners') },
      { mode: 'release', ...v('frees', 'frees captives') },
      { mode: 'ceasefire', ...v('halts fire on', 'halts fire') },
      { mode: 'withdraw', ...v('withdraws from', 'withdraws') },
      { mode: 'resign', ...v('resigns from', 'resigns') },
    ],
  },
  REQUEST: { verb: v('presses', 'makes demands'), rules: [{ trigger: /\bdemand/, ...v('demands of', 'demands') }] },
  ACCUSE: {
    verb: v('accuses', 'makes accusations'),
    rules: [{ trigger: /\b(condemn|denounc)/, ...v('condemns', 'condemns') }],
  },
  REJECT: { verb: v('rejects', 'refuses'), rules: [] },
  THREATEN: { verb: v('threatens', 'issues threats'), rules: [] },
  PROTEST: { verb: v('protests against', 'protests'), rules: [] },
  SANCTION: { verb: v('sanctions', 'imposes sanctions'), rules: [{ mode: 'expel', ...v('expels', 'expels envoys') }] },
  MOBILIZE: { verb: v('mobilises against', 'mobilises'), rules: [] },
  COERCE: {
    verb: v('coerces', 'cracks down'),
    rules: [
      { mode: 'seize', ...v('seizes', 'seizes') },
      { trigger: /\barrest/, ...v('arrests', 'makes arrests') },
    ],
  },
  ASSAULT: {
    verb: v('attacks', 'attacks'),
    rules: [{ trigger: /strike|bomb|shell|raid/, ...v('strikes', 'strikes') }],
  },
};

/** The first of a type's rules that a report's trigger words and mode match (-1: none, the plain verb). */
export function matchVerbRule(rules: readonly VerbRule[], trigger: string, mode: string | null): number {
  const words = trigger.toLowerCase();
  return rules.findIndex(
    (r) => (r.trigger === undefined || r.trigger.test(words)) && (r.mode === undefined || r.mode === mode),
  );
}
