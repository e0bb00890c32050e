/** A trie over token texts: finds the longest dictionary phrase starting at a token. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { children: null, values: [] };

  /** Adds a phrase (already tokenized) with a value; duplicate values per phrase are kept once. */
  add(tokens: string[], value: V): void {
    if (tokens.length === 0) return;
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
    let node: TrieNode<V> | undefined = this.root;
    for (let i = from; i < tokens.length && node; i++) {
      node = node.children?.get(normaliseKey(tokens[i]!.text));
      if (node && node.values.length > 0) found.push({ length: i - from + 1, values: node.values });
    }
    return found;
  }
}

type TrieNode<V> = { children: Map<string, TrieNode<V>> | null; values: V[] };

// Curly and straight apostrophes are the same character for matching ("Israel’s" = "Israel's").
function normaliseKey(token: string): string {
  return token.length <= 2 ? token.replace('’', "'") : token;
}
