import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../model/bundle-schema.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import { corroborate, type ReportContext } from './corroboration.ts';
import { findReuse } from './find-reuse.ts';
import { reuseUnitsOf } from './reuse-units.ts';

const WIRE =
  'Veldoria and Ostrava agreed on Thursday to exchange prisoners in two phases after talks in Port Alder hosted by Marenland. ' +
  'The first group of detainees is expected to cross the border at the Tarn Valley checkpoint early next week, officials said.';
const REWRITE =
  'Negotiators from Velgrad and Kessa settled on a two-stage swap of captives, Marenish mediators announced late on Thursday. ' +
  'According to people briefed on the plan, a first batch could be handed over at a valley crossing within a week.';

type Article = { id: string; outletId: string; published: string | null; text: string };

/** One cluster reported by each article, its evidence the article's first sentence. */
function corroborated(articles: Article[]): Cluster {
  const units = articles.flatMap((a) => reuseUnitsOf(a, tokenised(a.text)));
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const reuse = findReuse(units, (id) => texts.get(id)!);
  const reports = new Map<string, ReportContext>(
    articles.map((a) => {
      const first = splitSentences(a.text)[0]!;
      return [`${a.id}#e001`, { articleId: a.id, outletId: a.outletId, published: a.published, evidence: { start: first.start, end: first.end } }];
    }),
  );
  const outletIds = [...new Set(articles.map((a) => a.outletId))].sort();
  const cluster: Cluster = {
    id: 'c1', type: 'AGREE', date: '2026-04-02', datePrecision: 'day', actorIds: [], eventIds: [...reports.keys()],
    outletIds, articleIds: articles.map((a) => a.id), modalities: ['occurred'], independentOutletIds: outletIds, derived: [],
  };
  return corroborate([cluster], (id) => reports.get(id)!, reuse)[0]!;
}

const tokenised = (text: string) => splitSentences(text).map((sentence) => ({ sentence, tokens: tokenize(text, sentence.start, sentence.end) }));

describe('corroborate', () => {
  it('discounts an outlet that reprinted the wire story', () => {
    const c = corroborated([
      { id: 'wire', outletId: 'wire', published: '2026-04-02', text: WIRE },
      { id: 'paper', outletId: 'paper', published: '2026-04-03', text: WIRE },
    ]);
    expect(c.independentOutletIds).toEqual(['wire']);
    expect(c.derived).toEqual([{ outletId: 'paper', fromOutletId: 'wire', reuseId: expect.stringContaining('wire~paper') }]);
  });

  it('counts a chain of copies (C copies B copies A) once, naming the first source', () => {
    const c = corroborated([
      { id: 'a', outletId: 'a-wire', published: '2026-04-02', text: WIRE },
      { id: 'b', outletId: 'b-paper', published: '2026-04-03', text: WIRE },
      { id: 'c', outletId: 'c-radio', published: '2026-04-04', text: WIRE },
    ]);
    expect(c.independentOutletIds).toEqual(['a-wire']);
    expect(c.derived.map((d) => [d.outletId, d.fromOutletId])).toEqual([['b-paper', 'a-wire'], ['c-radio', 'a-wire']]);
  });

  it('counts an independent rewrite of the same event', () => {
    const c = corroborated([
      { id: 'wire', outletId: 'wire', published: '2026-04-02', text: WIRE },
      { id: 'paper', outletId: 'paper', published: '2026-04-03', text: WIRE },
      { id: 'own', outletId: 'own-words', published: '2026-04-03', text: REWRITE },
    ]);
    expect(c.independentOutletIds).toEqual(['own-words', 'wire']);
  });

  it('keeps the alphabetically first outlet independent when the dates do not tell', () => {
    const c = corroborated([
      { id: 'x', outletId: 'zeta', published: null, text: WIRE },
      { id: 'y', outletId: 'alpha', published: null, text: WIRE },
    ]);
    expect(c.independentOutletIds).toEqual(['alpha']);
    expect(c.derived[0]).toMatchObject({ outletId: 'zeta', fromOutletId: 'alpha' });
  });
});
