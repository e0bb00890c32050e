import { describe, expect, it } from 'vitest';
import type { BundleUpdate } from '../model/bundle-update.ts';
import { corpusUpdateLines } from './corpus-update-text.ts';

const base: BundleUpdate = {
  bundleUrl: '/data/bundle.json',
  at: '2026-12-03T04:00:00Z',
  added: [],
  changed: [],
  removed: [],
  problems: [],
  articles: 6,
  events: 80,
};

describe('corpusUpdateLines', () => {
  it('names what was added, changed and removed, then the problems', () => {
    const lines = corpusUpdateLines({
      ...base,
      added: [
        { id: 'mali', title: 'Mali expels envoy', outlet: 'Harbour Street Journal' },
        { id: 'x', title: null, outlet: 'Unknown outlet' },
      ],
      removed: ['old'],
      problems: ['notes.docx: not an input Parley reads'],
    });
    expect(lines.headline).toBe('Corpus updated: 2 articles added, 1 removed · now 6 articles, 80 events');
    expect(lines.details).toEqual([
      'Added “Mali expels envoy” (Harbour Street Journal)',
      'Added x (Unknown outlet)',
      'Removed old',
      'Problem: notes.docx: not an input Parley reads',
    ]);
  });

  it('says plainly when the rebuild failed and the previous bundle stays', () => {
    expect(corpusUpdateLines({ ...base, error: 'article id "a" is in both' }).headline).toMatch(
      /could not be rebuilt; the previous one is shown/,
    );
  });
});
