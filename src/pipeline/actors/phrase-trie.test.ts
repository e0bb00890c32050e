import { describe, expect, it } from 'vitest';
import { phraseTokens, tokenize } from '../text/tokens.ts';
import { PhraseTrie } from './phrase-trie.ts';

function trieOf(phrases: string[]): PhraseTrie<string> {
  const trie = new PhraseTrie<string>();
  for (const p of phrases) trie.add(phraseTokens(p), p);
  return trie;
}

describe('PhraseTrie', () => {
  const trie = trieOf(['Port Aldren', 'Port Aldren Council', 'Velmar', "'s Guard", 'the Coastal League']);

  it('finds the longest phrase starting at a token, and none where no phrase starts', () => {
    const tokens = tokenize('Officials in Port Aldren Council met the Coastal League envoy in Velmar.');
    expect(trie.longestMatch(tokens, 2)).toEqual({ length: 3, values: ['Port Aldren Council'] });
    expect(trie.longestMatch(tokens, 6)).toEqual({ length: 3, values: ['the Coastal League'] });
    expect(trie.longestMatch(tokens, 11)).toEqual({ length: 1, values: ['Velmar'] });
    // Words that begin no phrase, whatever their shape: the first-word filter answers them.
    for (const at of [0, 1, 5, 9, 10, 12]) expect(trie.longestMatch(tokens, at)).toBeNull();
    expect(trie.longestMatch(tokens, tokens.length)).toBeNull();
  });

  it('lists every phrase starting at a token, shortest first', () => {
    const tokens = tokenize('Port Aldren Council voted');
    expect(trie.matchesAt(tokens, 0).map((m) => m.length)).toEqual([2, 3]);
    expect(trie.matchesAt(tokens, 3)).toEqual([]);
  });

  it('matches a curly possessive against a straight one, and the other way round', () => {
    expect(trie.longestMatch(tokenize('Velmar’s Guard'), 1)).toEqual({ length: 2, values: ["'s Guard"] });
    const curly = trieOf(['’s Watch']);
    expect(curly.longestMatch(tokenize("Velmar's Watch"), 1)).toEqual({ length: 2, values: ['’s Watch'] });
  });

  it('keeps matching every phrase of a large dictionary (no false negatives from the filter)', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Place${i} ${String.fromCharCode(65 + (i % 26))}ford`);
    const big = trieOf(names);
    for (const name of names) expect(big.longestMatch(tokenize(name), 0)?.values).toEqual([name]);
  });
});
