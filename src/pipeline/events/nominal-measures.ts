import type { Token } from '../text/tokens.ts';
import type { VerbForm } from './trigger-lexicon.ts';

// A measure announced or ordered as a noun ("announced a freeze on the assets of", "ordered the expulsion of two
// diplomats", "announced the suspension of aid to Myanmar") is the act the noun names, as its verb would tell it
// ("froze the assets of", "expelled two diplomats", "suspended aid to Myanmar"): the lexicon's entries for that
// verb read the words after the noun's preposition, and the light verb gives the tense.
const LIGHT_VERBS = new Map<string, VerbForm[]>([
  ...forms('announce', 'announces', 'announced', 'announcing'),
  ...forms('order', 'orders', 'ordered', 'ordering'),
  ...forms('decree', 'decrees', 'decreed', 'decreeing'),
  ...forms('approve', 'approves', 'approved', 'approving'),
  ...forms('unveil', 'unveils', 'unveiled', 'unveiling'),
  ...forms('declare', 'declares', 'declared', 'declaring'),
  ...forms('impose', 'imposes', 'imposed', 'imposing'),
]);
// Nouns of measures and the verb naming the same act (the lexicon's base form).
const NOMINAL_VERBS = new Map([
  ['freeze', 'freeze'],
  ['ban', 'ban'],
  ['suspension', 'suspend'],
  ['halt', 'halt'],
  ['expulsion', 'expel'],
  ['closure', 'close'],
  ['withdrawal', 'withdraw'],
  ['deployment', 'deploy'],
  ['activation', 'activate'],
  ['reopening', 'reopen'],
  ['arrest', 'arrest'],
  ['release', 'release'],
  ['lifting', 'lift'],
  ['easing', 'ease'],
  ['cancellation', 'cancel'],
  ['severing', 'sever'],
  ['recall', 'recall'],
  ['evacuation', 'evacuate'],
  ['seizure', 'seize'],
  ['confiscation', 'confiscate'],
  ['deportation', 'deport'],
  ['mobilisation', 'mobilise'],
  ['mobilization', 'mobilize'],
]);
// The preposition that joins the noun to what the verb would take as its object ("a freeze on", "a halt to").
const NOUN_PREPOSITIONS = new Set(['of', 'on', 'to']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
// Words that may qualify the noun ("an immediate and total ban on", "the partial withdrawal of").
const MAX_MODIFIERS = 3;

/** A light verb at `light`, the noun of the measure it announces, and where the verb's object would start. */
export type NominalMeasure = { light: number; forms: VerbForm[]; verb: string; object: number };

/** The measure the light verb at `t` announces or orders by its noun ("ordered the expulsion of"), or null. */
export function nominalMeasureAt(tokens: Token[], t: number): NominalMeasure | null {
  const forms = LIGHT_VERBS.get(tokens[t]!.lower);
  if (!forms) return null;
  let j = t + 1;
  if (!DETERMINERS.has(tokens[j]?.lower ?? '')) return null;
  j++;
  for (let k = 0; k <= MAX_MODIFIERS && j < tokens.length; k++, j++) {
    const word = tokens[j]!;
    if (!word.isWord && word.text !== '-') return null;
    const verb = NOMINAL_VERBS.get(word.lower);
    if (verb && NOUN_PREPOSITIONS.has(tokens[j + 1]?.lower ?? '')) return { light: t, forms, verb, object: j + 2 };
  }
  return null;
}

function forms(base: string, present: string, past: string, ing: string): [string, VerbForm[]][] {
  return [
    [base, ['base']],
    [present, ['present']],
    [past, ['past', 'participle']],
    [ing, ['ing']],
  ];
}
