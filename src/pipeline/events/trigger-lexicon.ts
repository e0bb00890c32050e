import type { ActorKind, Modality, PloverType } from '../../model/bundle-schema.ts';
import type { TriggerEntry, TriggerLexicon } from '../resources/resource-schemas.ts';

/** How a verb form constrains tense: base ("meet"), -s ("meets"), past ("met"), participle, -ing. */
export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'ing';

/** One position of a compiled trigger pattern. */
export type Slot =
  | { kind: 'verb'; forms: Map<string, VerbForm[]> }
  | { kind: 'word'; words: Set<string>; optional: boolean }
  | { kind: 'actor' }
  | { kind: 'filler'; max: number };

/** A trigger pattern ready for matching, indexed by the words its first slot accepts. */
export type CompiledTrigger = {
  type: PloverType;
  mode: string | null;
  direction: 'forward' | 'mutual' | 'reverse';
  weight: number;
  defaultModality: Modality | null;
  sourceKinds: ActorKind[] | null;
  pattern: string;
  slots: Slot[];
  isNoun: boolean;
};

export type CompiledLexicon = { byFirstWord: Map<string, CompiledTrigger[]> };

/** Compiles the lexicon's patterns, inflecting `{verb}` slots with the irregular table and spelling rules. */
export function compileTriggerLexicon(lexicon: TriggerLexicon): CompiledLexicon {
  const byFirstWord = new Map<string, CompiledTrigger[]>();
  const doubling = new Set(lexicon.doublingVerbs);
  for (const entry of lexicon.triggers) {
    const compiled = compileEntry(entry, lexicon.irregularVerbs, doubling);
    const first = compiled.slots[0]!;
    const words = first.kind === 'verb' ? [...first.forms.keys()] : first.kind === 'word' ? [...first.words] : [];
    for (const w of words) byFirstWord.set(w, [...(byFirstWord.get(w) ?? []), compiled]);
  }
  return { byFirstWord };
}

function compileEntry(entry: TriggerEntry, irregular: Record<string, string[]>, doubling: Set<string>): CompiledTrigger {
  const slots: Slot[] = entry.pattern.split(/\s+/).map((part): Slot => {
    if (part === 'X') return { kind: 'actor' };
    if (part === '~') return { kind: 'filler', max: 3 };
    if (part.startsWith('{')) {
      const forms = new Map<string, VerbForm[]>();
      for (const lemma of part.split('|').map((p) => p.replace(/[{}]/g, ''))) {
        for (const [form, tags] of inflect(lemma, irregular[lemma], doubling)) forms.set(form, [...(forms.get(form) ?? []), ...tags]);
      }
      return { kind: 'verb', forms };
    }
    const optional = part.endsWith('?');
    return { kind: 'word', words: new Set(part.replace(/\?$/, '').toLowerCase().split('|')), optional };
  });
  return {
    type: entry.type,
    mode: entry.mode,
    direction: entry.direction,
    weight: entry.weight,
    defaultModality: entry.modality,
    sourceKinds: entry.sourceKinds,
    pattern: entry.pattern,
    slots,
    isNoun: !slots.some((s) => s.kind === 'verb'),
  };
}

/** Inflected forms of a verb with their tense tags. */
export function inflect(lemma: string, irregular: string[] | undefined, doubling: Set<string>): [string, VerbForm[]][] {
  if (irregular) {
    const [s, past, participle, ing] = irregular as [string, string, string, string];
    return [
      [lemma, ['base']],
      [s, ['present']],
      [past, past === participle ? ['past', 'participle'] : ['past']],
      ...(past === participle ? [] : ([[participle, ['participle']]] as [string, VerbForm[]][])),
      [ing, ['ing']],
    ];
  }
  const consonantY = /[^aeiou]y$/.test(lemma);
  const doubled = doubling.has(lemma) ? lemma + lemma.at(-1) : lemma;
  const s = /(s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${doubled}ed`;
  const ing = lemma.endsWith('ie')
    ? `${lemma.slice(0, -2)}ying`
    : /[^e]e$/.test(lemma)
      ? `${lemma.slice(0, -1)}ing`
      : `${doubled}ing`;
  return [
    [lemma, ['base']],
    [s, ['present']],
    [past, ['past', 'participle']],
    [ing, ['ing']],
  ];
}
