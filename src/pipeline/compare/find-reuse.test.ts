import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import { ANCHORS_PER_SENTENCE, findReuse } from './find-reuse.ts';
import { reuseUnitsOf } from './reuse-units.ts';

type Doc = { id: string; outletId: string; published: string | null; text: string };

const WIRE =
  'The foreign ministers of Veldoria and Ostrava met in Port Alder on Thursday for their first direct talks since the border crisis began. ' +
  'They agreed to exchange prisoners in two phases and to set up a joint commission on shipping in the Gull Strait. ' +
  'Marenland, which hosted the meeting, said the first prisoners could be freed within days.';

const UNRELATED =
  'Heavy rain flooded the lower town of Brenn overnight, closing the railway line to the coast and two schools. ' +
  'The regional council said repairs to the river wall would take most of the summer and cost more than planned.';

function reuseIn(docs: Doc[]) {
  const units = docs.flatMap((d) => reuseUnitsOf(d, tokenised(d.text)));
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  return findReuse(units, (id) => texts.get(id)!);
}

const tokenised = (text: string) => splitSentences(text).map((sentence) => ({ sentence, tokens: tokenize(text, sentence.start, sentence.end) }));

describe('findReuse', () => {
  it('finds a passage copied word for word under a new introduction, as one passage with similarity 1', () => {
    const copy = `Our correspondent adds a few words of her own before the agency text. ${WIRE}`;
    const reuse = reuseIn([
      { id: 'wire', outletId: 'wire', published: '2026-04-02', text: WIRE },
      { id: 'paper', outletId: 'paper', published: '2026-04-03', text: copy },
    ]);
    expect(reuse).toHaveLength(1);
    const [r] = reuse;
    expect(r!.similarity).toBe(1);
    expect(r!.a).toMatchObject({ articleId: 'wire', start: 0, end: WIRE.length });
    expect(r!.b.text).toBe(WIRE);
    expect(copy.slice(r!.b.start, r!.b.end)).toBe(r!.b.text);
    expect(r!.earlierArticleId).toBe('wire');
  });

  it('finds a lightly edited passage with a similarity below 1', () => {
    const edited = WIRE.replace('for their first direct talks', 'for their first face-to-face talks').replace('could be freed within days', 'might be released within days');
    const [r] = reuseIn([
      { id: 'wire', outletId: 'wire', published: '2026-04-02', text: WIRE },
      { id: 'paper', outletId: 'paper', published: '2026-04-02', text: edited },
    ]);
    expect(r).toBeDefined();
    expect(r!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(r!.similarity).toBeLessThan(1);
    expect(r!.earlierArticleId).toBeNull(); // same day: the dates do not tell
  });

  it('does not match unrelated passages', () => {
    expect(reuseIn([
      { id: 'wire', outletId: 'wire', published: '2026-04-02', text: WIRE },
      { id: 'paper', outletId: 'paper', published: '2026-04-03', text: UNRELATED },
    ])).toEqual([]);
  });

  it('ignores copies within one outlet', () => {
    expect(reuseIn([
      { id: 'wire-1', outletId: 'wire', published: '2026-04-02', text: WIRE },
      { id: 'wire-2', outletId: 'wire', published: '2026-04-03', text: WIRE },
    ])).toEqual([]);
  });

  it('never counts short boilerplate, even when identical', () => {
    const boilerplate = 'Advertisement\n\nFollow us for more news.\n\n(Reporting by Noor Adley)';
    expect(reuseIn([
      { id: 'a', outletId: 'a', published: '2026-04-02', text: `${boilerplate}\n\n${UNRELATED}` },
      { id: 'b', outletId: 'b', published: '2026-04-03', text: `${boilerplate}\n\nSomething else entirely happened in another town today.` },
    ])).toEqual([]);
  });

  it('does not take one short stock line shared by two outlets for reuse', () => {
    const stock = 'The ministry did not immediately respond to a request for comment.';
    expect(reuseIn([
      { id: 'a', outletId: 'a', published: '2026-04-02', text: `${UNRELATED} ${stock}` },
      { id: 'b', outletId: 'b', published: '2026-04-03', text: `Something else entirely happened in another town today. ${stock}` },
    ])).toEqual([]);
  });

  it('gives the same passages and ids whatever the order of the input', () => {
    const docs: Doc[] = [
      { id: 'wire', outletId: 'wire', published: '2026-04-02', text: WIRE },
      { id: 'paper', outletId: 'paper', published: '2026-04-03', text: `New intro sentence written by the paper itself today. ${WIRE}` },
      { id: 'radio', outletId: 'radio', published: '2026-04-04', text: WIRE.replace('two phases', 'three phases') },
    ];
    const once = reuseIn(docs);
    expect(once.map((r) => r.id)).toEqual([...new Set(once.map((r) => r.id))]);
    expect(JSON.stringify(reuseIn([...docs].reverse()))).toBe(JSON.stringify(once));
  });

  it('links a passage copied by many articles to a bounded number of earlier copies (linear, not quadratic)', () => {
    const docs: Doc[] = Array.from({ length: 400 }, (_, i) => ({ id: `a${String(i).padStart(3, '0')}`, outletId: `o${i % 50}`, published: '2026-04-02', text: WIRE }));
    const reuse = reuseIn(docs);
    expect(reuse.length).toBeGreaterThanOrEqual(docs.length - 1);
    expect(reuse.length).toBeLessThanOrEqual(docs.length * ANCHORS_PER_SENTENCE);
  });
});
