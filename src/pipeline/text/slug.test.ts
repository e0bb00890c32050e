import { describe, expect, it } from 'vitest';
import { slug } from './slug.ts';

describe('slug', () => {
  it('keeps the base letter of accented names', () => {
    expect(slug('Süddeutsche Zeitung')).toBe('suddeutsche-zeitung');
    expect(slug('Élysée')).toBe('elysee');
    expect(slug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
  });

  it('joins words with single hyphens and never returns an empty id', () => {
    expect(slug('Israel Hayom')).toBe('israel-hayom');
    expect(slug("  Côte d'Ivoire  ")).toBe('cote-d-ivoire');
    expect(slug('—')).toBe('unknown');
  });
});
