/** A trie over token texts: finds the longest dictionary phrase starting at a token. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { children: null, values: [] };
  // Most words begin no phrase, and the root's map is too big to stay in cache between sentences: a bit per
  // hashed first word ("no phrase starts with a word of this shape") answers most of them without the map.
  // Made by the first phrase added: every article has a trie of the people it introduces, most of them empty,
  // and zeroing 8 KB per article cost more than a percent of extraction.
  private firstWords: Uint8Array | null = null;

  /** Adds a phrase (already tokenized) with a value; duplicate values per phrase are kept once. */
  add(tokens: string[], value: V): void {
    if (tokens.length === 0) return;
    const first = firstWordBit(tokens[0]!);
    this.firstWords ??= new Uint8Array(FIRST_WORD_BITS >> 3);
    this.firstWords[first >> 3]! |= 1 << (first & 7);
    let node = this.root;
    for (const token of tokens) {
      const key = normaliseKey(token);
      // Most nodes are leaves: their child map is made only when a longer phrase needs it.
      node.children ??= new Map();
      let next = node.children.get(key);
      if (!next) {
        next = { children: null, values: [] };
        node.children.set(key, next);
      }
      node = next;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** Longest match starting at `from`: number of tokens consumed and the values, or null. */
  longestMatch(tokens: readonly { text: string }[], from: number): { length: number; values: V[] } | null {
    if (from >= tokens.length || !this.mayStart(tokens[from]!.text)) return null;
    let node: TrieNode<V> | undefined = this.root;
    let best: { length: number; values: V[] } | null = null;
    for (let i = from; i < tokens.length && node; i++) {
      node = node.children?.get(normaliseKey(tokens[i]!.text));
      if (node && node.values.length > 0) best = { length: i - from + 1, values: node.values };
    }
    return best;
  }

  /** Every dictionary phrase starting at `from`, shortest first. */
  matchesAt(tokens: readonly { text: string }[], from: number): { length: number; values: V[] }[] {
    const found: { length: number; values: V[] }[] = [];
    if (from >= tokens.length || !this.mayStart(tokens[from]!.text)) return found;
    let node: TrieNode<V> | undefined = this.root;
    for (let i = from; i < tokens.length && node; i++) {
      node = node.children?.get(normaliseKey(tokens[i]!.text));
      if (node && node.values.length > 0) found.push({ length: i - from + 1, values: node.values });
    }
    return found;
  }

  /** False when no phrase begins with this token; true when one may. */
  private mayStart(token: string): boolean {
    if (this.firstWords === null) return false;
    const bit = firstWordBit(token);
    return (this.firstWords[bit >> 3]! & (1 << (bit & 7))) !== 0;
  }
}

type TrieNode<V> = { children: Map<string, TrieNode<V>> | null; values: V[] };

// Curly and straight apostrophes are the same character for matching ("Israel’s" = "Israel's").
function normaliseKey(token: string): string {
  return token.length <= 2 ? token.replace('’', "'") : token;
}

const FIRST_WORD_BITS = 1 << 16;

/**
 * A word's bit in the first-word filter, from its length and first, second and last characters. A curly
 * apostrophe counts as a straight one, so a word and its normalised key share a bit.
 */
function firstWordBit(token: string): number {
  const n = token.length;
  const first = straight(token.charCodeAt(0));
  const second = n > 1 ? straight(token.charCodeAt(1)) : 0;
  const last = straight(token.charCodeAt(n - 1));
  return (Math.imul(n, 0x9e3779b1) ^ Math.imul(first, 0x85ebca6b) ^ Math.imul(second, 0xc2b2ae35) ^ (last * 31)) >>> 16;
}

function straight(code: number): number {
  return code === 0x2019 ? 39 : code;
}
