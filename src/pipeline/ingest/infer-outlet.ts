import type { OutletDirectory } from '../resources/resource-schemas.ts';

/** An outlet inferred from an article's own text, with the evidence. */
export type InferredOutlet = { name: string; basis: string };

const CREDIT_LINE =
  /^[ \t]*By[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]*,[ \t]*([^\n,]{2,60}?)[ \t]*$/mu;
const REFERENCE_LINE = /Reference\(s\):\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i;
const HAS_LEARNED = /(\p{Lu}[\p{L}]*(?:[ \t]\p{Lu}[\p{L}]*){0,3}) has (?:also )?learned/u;

/**
 * Infers the outlet of an article without a manifest entry from its credit lines: a byline with an
 * agency ("By NAME, AFP"), a reference line ("Reference(s): cgtn.com"), an exclusive formula
 * ("Israel Hayom has learned"), or page furniture only one outlet's pages carry.
 */
export function inferOutlet(
  text: string,
  directory: OutletDirectory,
  knownNames: string[] = [],
): InferredOutlet | null {
  const credit = CREDIT_LINE.exec(text);
  if (credit)
    return {
      name: canonicalName(credit[2]!.trim(), directory, knownNames),
      basis: `credit line '${credit[0].trim()}'`,
    };
  const reference = REFERENCE_LINE.exec(text);
  if (reference)
    return {
      name: nameForDomain(reference[1]!.toLowerCase(), directory, knownNames),
      basis: `reference line '${reference[0].replace(/\s+/g, ' ').trim()}'`,
    };
  const learned = HAS_LEARNED.exec(text);
  if (learned) {
    const name = findKnown(learned[1]!, directory, knownNames);
    if (name) return { name, basis: `exclusive formula '${learned[0]}'` };
  }
  for (const outlet of directory.outlets) {
    const signature = outlet.signatures.find((s) => text.includes(s));
    if (signature)
      return { name: outlet.name, basis: `page furniture '${signature}' that only ${outlet.name} pages carry` };
  }
  return null;
}

function squash(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function findKnown(candidate: string, directory: OutletDirectory, knownNames: string[]): string | null {
  const key = squash(candidate);
  const all = [...directory.outlets.map((o) => o.name), ...knownNames];
  // "Israel Hayom has learned" but not "Israel has learned": the whole phrase must be an outlet's name.
  return all.find((n) => squash(n) === key) ?? null;
}

function canonicalName(name: string, directory: OutletDirectory, knownNames: string[]): string {
  return findKnown(name, directory, knownNames) ?? name;
}

/** An outlet's name for a web domain: the directory's, a known name spelled like its first label, or the domain. */
export function nameForDomain(domain: string, directory: OutletDirectory, knownNames: string[]): string {
  const bare = domain.replace(/^www\./, '');
  const listed = directory.outlets.find((o) => o.domains.includes(bare));
  if (listed) return listed.name;
  const label = squash(bare.split('.')[0]!);
  return [...directory.outlets.map((o) => o.name), ...knownNames].find((n) => squash(n) === label) ?? bare;
}
