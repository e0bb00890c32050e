import { describe, expect, it } from 'vitest';
import { parseBundle } from '../model/bundle-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../state/filters.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { corroborationOf } from './corroboration.ts';
import { selectCoverage } from './coverage.ts';
import { disagreementDetail, disagreementSides, selectDifferences } from './differences.ts';
import { selectEvidence } from './evidence.ts';
import { selectFacets } from './facets.ts';
import { selectEventMask } from './filter-events.ts';
import { selectFraming, selectFramingChoices } from './framing.ts';
import { formatTone, selectTermCounts, selectTermSentences, selectToneByOutlet, selectToneSentences } from './language.ts';
import { diffWords, selectReuse } from './reuse.ts';
import { selectQuotesByOutlet, selectSpeakerQuotes, sentenceAround } from './quotes.ts';
import { fixtureBundle } from './test-fixture.ts';

const index = buildBundleIndex(fixtureBundle());
const mask = (f: Partial<Filters> = {}) => selectEventMask(index, { ...EMPTY_FILTERS, ...f });
const ALL = ['hayom', 'cgtn', 'wire'];

describe('the fixture', () => {
  it('stays a valid bundle with its terms, labels, tone and reuse', () => {
    const parsed = parseBundle(fixtureBundle());
    expect(parsed.ok).toBe(true);
  });
});

describe('selectFraming', () => {
  const framing = selectFraming(index, 'c1')!;

  it('lines up each outlet with its own verb, labels, modality, date and sentence', () => {
    expect(framing.reports.map((r) => [r.outlet, r.verb, r.modality, r.date])).toEqual([
      ['CGTN', 'hosted', 'occurred', '2025-07-07'],
      ['Hayom', 'meet', 'planned', '2025-07-07'],
      ['Wire', 'met', 'occurred', '2025-07-08'],
    ]);
    expect(framing.reports[0]!.sentence).toBe('Trump hosted Netanyahu on Monday.');
    expect(framing.reports[0]!.highlights.map((h) => h.kind)).toEqual(['actor', 'trigger', 'actor']);
  });

  it('falls back from labels to mentions to the actor name', () => {
    const wire = framing.reports.find((r) => r.outletId === 'wire')!;
    expect(wire.labels).toEqual([
      { actorId: 'trump', actor: 'Donald Trump', label: 'Trump', basis: 'label' },
      { actorId: 'netanyahu', actor: 'Benjamin Netanyahu', label: 'Benjamin Netanyahu', basis: 'name' },
    ]);
  });

  it('calls out differing verbs, labels, modalities and dates', () => {
    expect(framing.differences.verbs).toEqual(['hosted', 'meet', 'met']);
    expect(framing.differences.modalities).toEqual(['occurred', 'planned']);
    expect(framing.differences.dates).toEqual(['2025-07-07', '2025-07-08']);
    expect(framing.differences.labels).toEqual([{ actor: 'Benjamin Netanyahu', labels: ['Netanyahu', 'Benjamin Netanyahu'] }]);
  });

  it('shows the tone and loaded terms of a sentence, and calls nothing out for one outlet', () => {
    const pressing = selectFraming(index, 'c3')!;
    expect(pressing.reports[0]!.tone).toEqual({ score: -1, comparative: -0.25, terms: [{ text: 'pressing', valence: -1 }] });
    expect(pressing.reports[0]!.loadedTerms).toEqual([{ text: 'pressing', term: 'pressing', category: 'pressure' }]);
    expect(pressing.differences).toEqual({ verbs: null, labels: [], modalities: null, dates: null });
    expect(selectFraming(index, 'nope')).toBeNull();
  });

  it('offers clusters reported by two or more outlets, in date order, searchable', () => {
    expect(selectFramingChoices(index, mask()).choices.map((c) => [c.clusterId, c.outlets])).toEqual([['c1', 3]]);
    expect(selectFramingChoices(index, mask(), 'vance').total).toBe(0);
    expect(selectFramingChoices(index, mask({ outlets: ['hayom'] })).total).toBe(0);
  });
});

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

describe('quotes per outlet', () => {
  it('counts whom each outlet quotes and about which clusters', () => {
    const quotes = selectQuotesByOutlet(index, mask(), ALL);
    expect(quotes.map((q) => [q.outletId, q.quotes])).toEqual([['hayom', 0], ['cgtn', 1], ['wire', 1]]);
    expect(quotes[1]!.speakers).toEqual([{ key: 'trump', label: 'Donald Trump', named: true, count: 1, clusters: [{ clusterId: 'c1', label: '2025-07-07 CONSULT Benjamin Netanyahu, Donald Trump' }] }]);
    expect(quotes[2]!.speakers[0]).toMatchObject({ key: 'unnamed:the-regime-in-tehran', named: false, count: 1 });
  });

  it('shows each quotation in its sentence with the quoted words highlighted', () => {
    const [q] = selectSpeakerQuotes(index, mask(), 'wire', 'unnamed:the-regime-in-tehran');
    expect(q!.sentence).toBe('The regime in Tehran said: "We will not meet."');
    expect(q!.sentence.slice(q!.highlights[0]!.start, q!.highlights[0]!.end)).toBe('We will not meet.');
  });

  it('finds the sentence around a quotation without cutting it', () => {
    const text = 'First one. He said "go now." Then more.';
    const [from, to] = sentenceAround(text, text.indexOf('go'), text.indexOf('now.') + 4);
    expect(text.slice(from, to)).toBe('He said "go now."');
  });
});

describe('speaker facets', () => {
  it('counts the events each speaker is quoted about, with the other filters applied', () => {
    const facets = selectFacets(index, EMPTY_FILTERS);
    expect(facets.speakers.map((s) => [s.id, s.label, s.count])).toEqual([
      ['trump', 'Donald Trump', 1],
      ['unnamed:the-regime-in-tehran', 'The regime in Tehran (unnamed)', 1],
    ]);
    const narrowed = selectFacets(index, { ...EMPTY_FILTERS, speakers: ['trump'], outlets: ['wire'] });
    expect(narrowed.speakers.map((s) => [s.id, s.count])).toEqual([['unnamed:the-regime-in-tehran', 1], ['trump', 0]]);
  });
});

describe('corroboration', () => {
  const c1 = index.clusterIndex.get('c1')!;

  it('counts independent outlets and names the outlet a derived report reuses', () => {
    const c = corroborationOf(index, c1);
    expect(c).toMatchObject({ independent: 2, outlets: 3, singleSource: false, text: '2 of 3 independent' });
    expect(c.derivedFrom.get('wire')).toEqual({ outletId: 'cgtn', outlet: 'CGTN', reuseId: 'r1' });
  });

  it('marks single-source clusters', () => {
    expect(corroborationOf(index, index.clusterIndex.get('c4')!)).toMatchObject({ independent: 1, outlets: 1, singleSource: true, text: '1 of 1 independent' });
  });
});

describe('disagreements', () => {
  it('finds date and modality disagreements, not planned-then-occurred', () => {
    const row = selectCoverage(index, mask()).rows.find((r) => r.clusterId === 'c1')!;
    expect(disagreementDetail(row)).toEqual({ reason: 'dates differ: 2025-07-07 / 2025-07-08', kinds: ['date'] });
    const sameDay = selectCoverage(index, mask({ outlets: ['hayom', 'cgtn'] })).rows.find((r) => r.clusterId === 'c1')!;
    expect(disagreementDetail(sameDay)).toBeNull();
  });

  it('finds reports naming different participants, with their sentences side by side', () => {
    const bundle = fixtureBundle();
    bundle.events.find((e) => e.id === 'a3#e1')!.target = ['netanyahu', 'vance'];
    const changed = buildBundleIndex(bundle);
    const matrix = selectCoverage(changed, selectEventMask(changed, { ...EMPTY_FILTERS, outlets: ['cgtn', 'wire'] }));
    const names = { actor: (id: string) => changed.actorName.get(id) ?? id, outlet: (id: string) => changed.outletName.get(id) ?? id };
    const [d] = selectDifferences(matrix, names).disagreements;
    expect(d!.kinds).toEqual(['date', 'participants']);
    expect(d!.reason).toBe('dates differ: 2025-07-07 / 2025-07-08; participants differ: J.D. Vance named only by Wire');
    expect(disagreementSides(changed, d!.row).map((s) => [s.outlet, s.reports[0]!.sentence])).toEqual([
      ['CGTN', 'Trump hosted Netanyahu on Monday.'],
      ['Wire', 'Trump met Netanyahu on Tuesday.'],
    ]);
  });

  it('finds planned versus hypothetical and denied versus happening', () => {
    const bundle = fixtureBundle();
    bundle.events.find((e) => e.id === 'a3#e1')!.modality = 'hypothetical';
    bundle.events.find((e) => e.id === 'a3#e1')!.date = '2025-07-07';
    const changed = buildBundleIndex(bundle);
    const row = selectCoverage(changed, selectEventMask(changed, { ...EMPTY_FILTERS, outlets: ['hayom', 'wire'] })).rows.find((r) => r.clusterId === 'c1')!;
    expect(disagreementDetail(row)).toEqual({ reason: 'reported as scheduled and as only possible', kinds: ['modality'] });
  });
});

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

describe('reused passages', () => {
  it('lists passages between compared outlets, earlier one first', () => {
    const [r] = selectReuse(index, mask(), ALL);
    expect(r).toMatchObject({ id: 'r1', similarity: 0.8, order: 'known', first: { outlet: 'CGTN', first: true }, second: { outlet: 'Wire', first: false } });
    expect(selectReuse(index, mask(), ['hayom', 'wire'])).toEqual([]);
  });

  it('marks the words that differ between two passages', () => {
    const d = diffWords('Trump hosted Netanyahu on Monday.', 'Trump hosted Netanyahu on Monday evening.');
    // Punctuation does not count: "Monday." and "Monday" are the same word.
    expect(d.a).toEqual([{ text: 'Trump hosted Netanyahu on Monday.', same: true }]);
    expect(d.b.filter((r) => !r.same).map((r) => r.text)).toEqual(['evening.']);
    const e = diffWords('the talks were useful', 'the talks were very useful');
    expect(e.a.every((r) => r.same)).toBe(true);
    expect(e.b).toEqual([{ text: 'the talks were ', same: true }, { text: 'very ', same: false }, { text: 'useful', same: true }]);
  });
});

describe('coverage rows carry corroboration', () => {
  it('gives each row its independent count and derived reports, from the whole cluster', () => {
    const rows = selectCoverage(index, mask({ outlets: ['wire'] })).rows;
    const c1 = rows.find((r) => r.clusterId === 'c1')!;
    expect(c1.corroboration.text).toBe('2 of 3 independent');
    expect(c1.corroboration.derivedFrom.get('wire')!.outlet).toBe('CGTN');
    expect(rows.filter((r) => r.corroboration.singleSource).map((r) => r.clusterId)).toEqual(['c4', 'c5']);
  });
});
