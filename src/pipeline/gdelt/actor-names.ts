import type { GdeltRow } from './export-rows.ts';

/** How often GDELT gave each name, per known group code (`group:UNO`) and per bare actor code (`code:AFR`). */
export type NameSurvey = Map<string, Map<string, number>>;

/** Counts the names GDELT gave each group and each bare code, so an actor is named by its most common name. */
export function surveyActorNames(rows: GdeltRow[]): NameSurvey {
  const survey: NameSurvey = new Map();
  const vote = (key: string, name: string) => {
    if (!name) return;
    const names = survey.get(key) ?? new Map<string, number>();
    names.set(name, (names.get(name) ?? 0) + 1);
    survey.set(key, names);
  };
  for (const row of rows)
    for (const actor of [row.actor1, row.actor2]) {
      if (!actor) continue;
      if (actor.knownGroupCode) vote(groupKey(actor.knownGroupCode), actor.name);
      else if (actor.code) vote(codeKey(actor.code), actor.name);
    }
  return survey;
}

/** The survey key of a known group code. */
export function groupKey(code: string): string {
  return `group:${code}`;
}

/** The survey key of a bare actor code (a region, a religion, a code with no country, group or type). */
export function codeKey(code: string): string {
  return `code:${code}`;
}

/** The names of a key, most common first (ties in alphabetical order). */
export function namesByFrequency(survey: NameSurvey, key: string): string[] {
  const names = survey.get(key);
  if (!names) return [];
  return [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'de', 'al']);

/**
 * GDELT writes names in capitals: "UNITED NATIONS" -> "United Nations", "THE EU" -> "EU". With `acronyms`
 * (organisations), a one-word name of up to five letters stays in capitals ("NATO", "ASEAN", "OSCE").
 */
export function displayName(gdeltName: string, acronyms = false): string {
  const words = gdeltName
    .replace(/^THE\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  if (acronyms && words.length === 1 && words[0]!.length <= 5) return words[0]!.toUpperCase();
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(' ');
}

/** A gazetteer name or alias in the form GDELT names are compared in: lower case, no leading "the". */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
