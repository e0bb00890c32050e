import { describe, expect, it } from 'vitest';
import { selectEvidence } from './evidence.ts';
import { fixtureIndex, fixtureMask } from './test-fixture.ts';

const index = fixtureIndex();
const mask = fixtureMask;

describe('evidence additions', () => {
  it('marks loaded terms, carries the tone and points to a reused passage', () => {
    const pressing = selectEvidence(index, { kind: 'event', eventId: 'a2#e2' }, mask())!.items[0]!;
    expect(pressing.loadedTerms).toEqual([{ text: 'pressing', category: 'pressure' }]);
    expect(pressing.tone).toEqual({ score: -1, comparative: -0.25, words: ['pressing -1'] });
    const hosted = selectEvidence(index, { kind: 'event', eventId: 'a2#e1' }, mask())!.items[0]!;
    expect(hosted.reuse).toMatchObject([{ reuseId: 'r1', otherOutlet: 'Wire', otherOutletId: 'wire', otherArticleId: 'a3', similarity: 0.8, thisWasFirst: true }]);
    const other = index.articles.get('a3')!.text.slice(hosted.reuse[0]!.start, hosted.reuse[0]!.end);
    expect(other).toBe('Trump hosted Netanyahu on Monday evening.');
  });
});
