import { phraseWords } from './phoenix-phrase.ts';

/** One generic agent noun of `Phoenix.agents.txt`: its forms (lower case) and its CAMEO sector code. */
export type PhoenixAgent = { forms: string[]; code: string };

/**
 * Reads the Phoenix agents dictionary (format in `dictionaries.rst`): "PHRASE {plural} [~CODE]" with
 * regular plurals made automatically unless `{}` is given, and `!MARKER!` substitution sets.
 */
export function parsePhoenixAgents(text: string): PhoenixAgent[] {
  const markers = new Map<string, string[]>();
  const agents: PhoenixAgent[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const marker = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (marker) {
      markers.set(
        marker[1]!,
        marker[2]!.split(',').map((s) => s.trim()),
      );
      continue;
    }
    const entry = /^(.+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]/.exec(line);
    if (!entry) continue;
    const [, phrase, plural, code] = entry;
    agents.push({ forms: expandForms(phrase!.trim(), plural, markers), code: code! });
  }
  return agents;
}

function expandForms(phrase: string, plural: string | undefined, markers: Map<string, string[]>): string[] {
  const marker = /![A-Z]+!/.exec(phrase)?.[0];
  if (marker) return (markers.get(marker) ?? []).map((sub) => words(phrase.replace(marker, sub)));
  // "COMMERCE_MINIST": a last word that is a set's name without its marks is a stem (the file says "a few stems
  // remain"), matching each word of the set: "commerce ministry", "commerce ministers".
  const stem = /_([A-Z]+)$/.exec(phrase)?.[1];
  const stemSet = stem ? markers.get(`!${stem}!`) : undefined;
  if (stemSet) return stemSet.map((sub) => words(`${phrase.slice(0, -stem!.length)}${sub}`));
  const singular = words(phrase);
  if (plural === undefined) return [singular, regularPlural(singular)];
  const given = plural.slice(1, -1).trim();
  return given === '' ? [singular] : [singular, ...given.split(/\s+/).map(words)];
}

function words(phrase: string): string {
  return phraseWords(phrase).join(' ').toLowerCase();
}

/** "soldier" -> "soldiers", "militia" -> "militias", "party" -> "parties", "boss" -> "bosses". */
function regularPlural(singular: string): string {
  if (/[^s]s$/.test(singular)) return singular; // already plural ("armed citizens")
  if (/[^aeiou]y$/.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(ss|sh|ch|x)$/.test(singular)) return `${singular}es`;
  return `${singular}s`;
}
