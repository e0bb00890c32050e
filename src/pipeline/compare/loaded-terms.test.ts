import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedTermsLexiconSchema } from '../resources/resource-schemas.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import { compileLoadedTerms, findLoadedTerms } from './loaded-terms.ts';

const lexiconFile = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/lexicon/loaded-terms.json'), 'utf8'));
const matcher = compileLoadedTerms(loadedTermsLexiconSchema.parse(lexiconFile));

function termsIn(text: string, id = 'a') {
  const sentences = splitSentences(text).map((sentence) => ({ sentence, tokens: tokenize(text, sentence.start, sentence.end) }));
  return findLoadedTerms(id, text, sentences, matcher);
}

describe('the loaded-terms lexicon', () => {
  it('is versioned and covers the domain broadly, every entry with forms, a category and a note', () => {
    expect(lexiconFile.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lexiconFile.entries.length).toBeGreaterThanOrEqual(60);
    const terms = lexiconFile.entries.map((e: { term: string }) => e.term);
    for (const t of ['terrorist', 'massacre', 'regime', 'genocide', 'occupation', 'martyr', 'hostage', 'prisoner', 'detainee', 'ethnic cleansing', 'liberation', 'resistance', 'crusade'])
      expect(terms).toContain(t);
  });

  it('rejects a form listed under two entries', () => {
    const clash = { version: '1.0.0', description: 'x', entries: [
      { term: 'a', forms: ['regime'], category: 'c', note: 'n' },
      { term: 'b', forms: ['Regime'], category: 'c', note: 'n' },
    ] };
    expect(loadedTermsLexiconSchema.safeParse(clash).success).toBe(false);
  });
});

describe('findLoadedTerms', () => {
  it('matches every listed form of a lemma, case-insensitively, with exact offsets', () => {
    const text = 'Terrorists struck twice. The minister spoke of terrorism and of a TERRORIST cell.';
    const found = termsIn(text);
    expect(found.map((t) => [t.term, t.text])).toEqual([['terrorist', 'Terrorists'], ['terrorist', 'terrorism'], ['terrorist', 'TERRORIST']]);
    for (const t of found) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(text.slice(t.sentence.start, t.sentence.end)).toBe(t.sentence.text);
    }
    expect(found[0]!.sentence.text).toBe('Terrorists struck twice.');
    expect(found[0]!.category).toBe('violence-label');
  });

  it('matches whole words only: "regime" is not in "regimen", "martyr" not in "martyrology"', () => {
    expect(termsIn('The regimen of daily exercise and a book of martyrology.')).toEqual([]);
    expect(termsIn("The regime's army, backed by the regime.").map((t) => t.text)).toEqual(['regime', 'regime']);
  });

  it('does not count a word that is part of a name inside the sentence', () => {
    const text = 'The Palestine Liberation Organization and the Islamic Resistance Movement marked Victory Day. Resistance grew.';
    expect(termsIn(text).map((t) => t.text)).toEqual(['Resistance']);
    expect(termsIn(text)[0]!.sentence.text).toBe('Resistance grew.');
    expect(termsIn("He said in a video: 'Victory opens a door.'").map((t) => t.text)).toEqual(['Victory']);
  });

  it('matches phrases as a whole and prefers the longer form', () => {
    const found = termsIn('Observers spoke of ethnic cleansing and war crimes; a so-called ceasefire followed.');
    expect(found.map((t) => t.text)).toEqual(['ethnic cleansing', 'war crimes', 'so-called']);
  });

  it('counts occurrences per article, quotations included, with stable ids', () => {
    const text = 'Hostages were freed.\n"Our hostages are not prisoners," she said. Two detainees remain.';
    const found = termsIn(text, 'art-1');
    expect(found.map((t) => t.term)).toEqual(['hostage', 'hostage', 'prisoner', 'detainee']);
    expect(found.map((t) => t.id)).toEqual(['art-1#t001', 'art-1#t002', 'art-1#t003', 'art-1#t004']);
    expect(termsIn('Nothing loaded here.', 'art-2')).toEqual([]);
  });
});
