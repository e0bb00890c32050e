/**
 * Irregular forms as CAMEO lists them (`SPEAK {SPEAKING SPEAKS SPOKE SPOKEN}`, in any order, sometimes
 * incomplete) put into Parley's row order: [-s form, past, participle, -ing].
 */
export function irregularRow(lemma: string, forms: string[]): [string, string, string, string] | null {
  const others = [...new Set(forms.filter((f) => f !== lemma))];
  if (others.length === 0) return null;
  const s = others.find((f) => [`${lemma}s`, `${lemma}es`, `${lemma.slice(0, -1)}ies`].includes(f));
  const ing = others.find((f) => f.endsWith('ing') && f !== s);
  const pasts = others.filter((f) => f !== s && f !== ing);
  // Of two past forms the participle is the one in -en, -wn, -un, -rn or -ne ("withdrew", "withdrawn"; "began",
  // "begun"); "cut" lists none: past = base.
  const participle =
    (pasts.length > 1 ? pasts.find((f) => /(en|wn|un|rn|ne)$/.test(f)) : undefined) ?? pasts.at(-1) ?? lemma;
  const past = pasts.find((f) => f !== participle) ?? participle;
  const doubled = past === `${lemma}${lemma.at(-1)}ed`;
  return [s ?? regularS(lemma), past, participle, ing ?? (doubled ? `${lemma}${lemma.at(-1)}ing` : regularIng(lemma))];
}

function regularS(lemma: string): string {
  if (/(s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
  return /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
}

function regularIng(lemma: string): string {
  return /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
}

/**
 * Whether a regular verb doubles its last consonant (ban -> banned): one syllable ending in a single vowel and
 * a consonant, or an ending stressed on the last syllable that the rules list (admit, compel, control).
 */
export function doublesFinalConsonant(lemma: string, stressedEndings: string[]): boolean {
  if (/[wxy]$/.test(lemma)) return false;
  const vowelGroups = lemma.match(/[aeiou]+/g) ?? [];
  const oneSyllableCvc = vowelGroups.length === 1 && /[^aeiou][aeiou][^aeiou]$/.test(lemma);
  return oneSyllableCvc || stressedEndings.some((e) => lemma.endsWith(e) && lemma !== e);
}
