import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectResources } from '../test-support/resources.ts';
import { extractArticle } from './extract-events.ts';

// Text made of the pieces news is made of, in any order: names, verbs, dates, quotes, punctuation and noise.
const pieces = fc.constantFrom(
  'Netanyahu', 'met', 'Trump', 'on Monday', '“', '”', '"', ',', '.', '\n', ' ', 'will', 'not', 'the US president', 'Hamas',
  'rejected', 'the plan', 'said', 'he', 'it', 'Doha', 'by Thursday', 'last month', 'U.S.', 'J.D. Vance', "'s", '—', '(', ')',
  'sanctions on', 'lift', 'Israel', 'Qatar', 'talks with', 'could', 'is set to', 'Reference(s):', 'By A B, AFP', '\u0000', '😀',
);
const newsLike = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('extraction properties', () => {
  it('never throws, on arbitrary strings or news-like ones', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), newsLike), fc.constantFrom('2025-07-07', null), (text, published) => {
        extractArticle({ id: 'p', text, published }, projectResources());
      }),
      { numRuns: 300 },
    );
  });

  it('points every evidence, trigger, actor, label, scored-word and date span at the exact text', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const { events, quotes } = extractArticle({ id: 'p', text, published: '2025-07-07' }, projectResources());
        for (const e of events)
          for (const span of [e.evidence, e.trigger, ...e.actorSpans, ...e.actorLabels, ...e.tone.terms, ...(e.dateSpan ? [e.dateSpan] : [])])
            expect(text.slice(span.start, span.end)).toBe(span.text);
        for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same text gives the same events', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const run = () => JSON.stringify(extractArticle({ id: 'p', text, published: '2025-07-07' }, projectResources()).events);
        expect(run()).toBe(run());
      }),
      { numRuns: 100 },
    );
  });
});
