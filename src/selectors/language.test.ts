import { describe, expect, it } from 'vitest';
import { formatTone, selectTermCounts, selectTermSentences, selectToneByOutlet, selectToneSentences } from './language.ts';
import { FIXTURE_OUTLETS, fixtureIndex, fixtureMask } from './test-fixture.ts';

const index = fixtureIndex();
const mask = fixtureMask;
const ALL = FIXTURE_OUTLETS;

describe('loaded terms and tone per outlet', () => {
  it('counts terms per outlet in the articles in view, with their category', () => {
    const counts = selectTermCounts(index, mask(), ALL);
    expect(counts.rows).toEqual([
      { term: 'regime', category: 'delegitimising', counts: [0, 0, 1], total: 1 },
      { term: 'pressing', category: 'pressure', counts: [0, 1, 0], total: 1 },
    ].sort((a, b) => a.category.localeCompare(b.category)));
    expect(counts.articles).toEqual([1, 1, 1]);
  });

  it('counts only articles with a passing event and only the compared outlets', () => {
    expect(selectTermCounts(index, mask({ outlets: ['hayom', 'cgtn'] }), ALL).rows.map((r) => r.term)).toEqual(['pressing']);
    expect(selectTermCounts(index, mask(), ['hayom']).rows).toEqual([]);
  });

  it('lists the sentences behind a count with the term highlighted', () => {
    const [s] = selectTermSentences(index, mask(), 'regime', 'wire');
    expect(s!.sentence).toBe('The regime in Tehran said: "We will not meet."');
    expect(s!.sentence.slice(s!.highlights[0]!.start, s!.highlights[0]!.end)).toBe('regime');
    expect(selectTermSentences(index, mask(), 'regime', 'cgtn')).toEqual([]);
  });

  it('averages comparative tone over the passing event sentences, with n', () => {
    const tone = selectToneByOutlet(index, mask(), ALL);
    expect(tone.map((t) => [t.outletId, t.n, t.scored])).toEqual([['hayom', 2, 0], ['cgtn', 2, 1], ['wire', 3, 1]]);
    expect(tone[1]!.meanComparative).toBeCloseTo(-0.125);
    expect(tone[2]!.meanComparative).toBeCloseTo(-0.25 / 3);
    expect(formatTone(tone[1]!.meanComparative)).toBe('−0.125');
    expect(formatTone(0)).toBe('0.000');
  });

  it('lists an outlet\'s sentences with their scores, most negative first', () => {
    const sentences = selectToneSentences(index, mask(), 'wire');
    expect(sentences[0]!.sentence).toBe('The US imposed sanctions on Iran last month.');
    expect(sentences[0]!.note).toBe('score -2, −0.250 per word: sanctions -2');
  });
});
