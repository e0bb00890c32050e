/**
 * Reads the PETRARCH-2 CAMEO verb dictionary (`CAMEO.2.0.txt`) into plain data: synonym sets, verb blocks with
 * their verbs and irregular forms, and the blocks' patterns. Written from the format notes at the top of the file
 * and in `dictionaries.rst`; no PETRARCH code is used.
 */

/** A CAMEO code as written in `[...]`: the primary code, and the code for the reverse direction after a colon. */
export type CameoCode = { primary: string | null; reverse: string | null };

/** One verb of a block: its words (one marked as the verb), its irregular forms and its own code when given. */
export type CameoVerb = {
  /** Lower-case words of the verb phrase ("ask", "for"). */
  words: string[];
  /** Index in `words` of the inflected word. */
  verbIndex: number;
  /** Irregular forms of the inflected word as listed in `{...}`; null when none were listed; [] for `{}`. */
  forms: string[] | null;
  /** The verb's own code; null means the block's code applies. */
  code: CameoCode | null;
};

/** One element of a pattern, in order: a word, a synonym set, a noun phrase, a prepositional phrase or a marker. */
export type PatternElement =
  | { kind: 'verb' }
  | { kind: 'word'; word: string }
  | { kind: 'synset'; name: string }
  | { kind: 'phrase'; items: PatternElement[] }
  | { kind: 'prep'; prepositions: string[]; object: PatternElement[] }
  | { kind: 'marker'; marker: '$' | '+' | '^' | '%' };

/** A pattern line (`- ... * ... [code] # VERB`) of a block, with the words of its comment (the verb it was found with). */
export type CameoPattern = { elements: PatternElement[]; code: CameoCode; text: string; commentWords: string[] };

/** A verb synonym block (`--- NAME [code] ---`). */
export type CameoBlock = { name: string; code: CameoCode; verbs: CameoVerb[]; patterns: CameoPattern[] };

/** A synonym set: its members as lower-case word lists, and whether plurals are generated. */
export type CameoSynset = { name: string; members: string[][]; plurals: boolean[] };

export type CameoDictionary = { synsets: Map<string, CameoSynset>; blocks: CameoBlock[] };

/** Parses the whole dictionary text. */
export function parseCameoDictionary(text: string): CameoDictionary {
  const synsets = new Map<string, CameoSynset>();
  const blocks: CameoBlock[] = [];
  let synset: CameoSynset | null = null;
  let block: CameoBlock | null = null;
  let inTransformations = false;
  for (const rawLine of text.split('\n')) {
    if (/^#+\s*TRANSFORMATIONS/.test(rawLine)) inTransformations = true;
    const line = stripComment(rawLine).trim();
    if (!line || inTransformations) continue;
    if (line.startsWith('&')) {
      const name = line.split(/\s+/)[0]!;
      synset = { name, members: [], plurals: [] };
      synsets.set(name, synset);
      block = null;
    } else if (line.startsWith('---')) {
      block = parseBlockHeader(line);
      if (block) blocks.push(block);
      synset = null;
    } else if (synset && line.startsWith('+')) {
      const phrase = line.slice(1).trim();
      synset.members.push(phrase.replace(/_$/, '').toLowerCase().split('_').filter(Boolean));
      synset.plurals.push(!phrase.endsWith('_') && !synset.name.endsWith('_'));
    } else if (block && line.startsWith('-')) {
      const pattern = parsePatternLine(rawLine.trim());
      if (pattern) block.patterns.push(pattern);
    } else if (block) {
      const verb = parseVerbLine(line);
      if (verb) block.verbs.push(verb);
    }
  }
  return { synsets, blocks };
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash >= 0 ? line.slice(0, hash) : line;
}

function parseBlockHeader(line: string): CameoBlock | null {
  const m = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
  return m ? { name: m[1]!, code: parseCode(m[2]!), verbs: [], patterns: [] } : null;
}

/** `042:043` -> primary 042, reverse 043; `:173` -> only the reverse; `---` -> no event. */
export function parseCode(raw: string): CameoCode {
  const [primary = '', reverse = ''] = raw.trim().split(':');
  const clean = (c: string) => (/^\d+$/.test(c.trim()) ? c.trim() : null);
  return { primary: clean(primary), reverse: clean(reverse) };
}

/** `+ASK_FOR {+ASKED_FOR ...} [020]`, `WIRE_+TAP`, `MEET {MEETS MET MEETING}`, `BROKER [045]`. */
export function parseVerbLine(line: string): CameoVerb | null {
  const m = /^([^\s{[]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line);
  if (!m) return null;
  const { words, verbIndex } = splitVerbPhrase(m[1]!);
  if (words.length === 0) return null;
  const forms =
    m[2] === undefined
      ? null
      : m[2]
          .slice(1, -1)
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((f) => splitVerbPhrase(f).words[verbIndex] ?? '')
          .filter(Boolean);
  return { words, verbIndex, forms, code: m[3] ? parseCode(m[3].slice(1, -1)) : null };
}

function splitVerbPhrase(phrase: string): { words: string[]; verbIndex: number } {
  const parts = phrase.split('_').filter(Boolean);
  const marked = parts.findIndex((p) => p.startsWith('+'));
  return { words: parts.map((p) => p.replace(/^\+/, '').toLowerCase()), verbIndex: marked >= 0 ? marked : 0 };
}

/** `- * (FOR {FINANCIAL AID}) [0231] # ASK` -> elements and code; null when the line has no code. */
export function parsePatternLine(line: string): CameoPattern | null {
  const m = /^-\s*(.*?)\s*\[([^\]]*)\][^#]*(?:#(.*))?$/.exec(line);
  if (!m) return null;
  const commentWords = (m[3] ?? '')
    .toLowerCase()
    .split(/[^a-z_+-]+/)
    .filter(Boolean);
  return { elements: parseElements(m[1]!), code: parseCode(m[2]!), text: m[1]!.trim(), commentWords };
}

/** Splits pattern text into elements, keeping `{...}` and `(...)` groups whole. */
export function parseElements(text: string): PatternElement[] {
  const elements: PatternElement[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '{' || c === '(') {
      const close = text.indexOf(c === '{' ? '}' : ')', i);
      const end = close < 0 ? text.length : close;
      const inner = parseElements(text.slice(i + 1, end));
      elements.push(c === '{' ? { kind: 'phrase', items: inner } : toPrepositionalPhrase(inner));
      i = end + 1;
    } else {
      const end = text.slice(i).search(/[\s{(]/);
      const token = end < 0 ? text.slice(i) : text.slice(i, i + end);
      elements.push(toElement(token));
      i += token.length;
    }
  }
  return elements;
}

function toElement(token: string): PatternElement {
  if (token === '*') return { kind: 'verb' };
  if (token === '$' || token === '+' || token === '^' || token === '%') return { kind: 'marker', marker: token };
  if (token.startsWith('&')) return { kind: 'synset', name: token };
  return { kind: 'word', word: token.toLowerCase().replace(/_/g, ' ') };
}

function toPrepositionalPhrase(inner: PatternElement[]): PatternElement {
  const [head, ...rest] = inner;
  const prepositions = head?.kind === 'word' ? head.word.split('/') : [];
  return { kind: 'prep', prepositions, object: head?.kind === 'word' ? rest : inner };
}
