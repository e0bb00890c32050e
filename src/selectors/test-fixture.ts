import type { Bundle, DiplomaticEvent, Modality, PloverType } from '../model/bundle-schema.ts';
import { EMPTY_FILTERS, type Filters } from '../state/filters.ts';
import { type BundleIndex, buildBundleIndex } from './bundle-index.ts';
import { type EventMask, selectEventMask } from './filter-events.ts';

type EventSpec = {
  id: string;
  article: string;
  type: PloverType;
  date: string | null;
  precision?: DiplomaticEvent['datePrecision'];
  modality?: Modality;
  source: string[];
  target?: string[];
  cluster: string;
  sentence: string;
  /** The trigger's words in the sentence (defaults to the first five characters). */
  trigger?: string;
  /** How the sentence labels each actor: [phrase, actor id]; also used as the actor spans. */
  labels?: [string, string][];
  /** Scored words: [word, valence]. */
  tone?: [string, number][];
};

/** Sentences that carry no event: a reused passage, a loaded term and an anonymous quotation. */
const EXTRA_TEXT: Record<string, string> = {
  a3: ' Trump hosted Netanyahu on Monday evening. The regime in Tehran said: "We will not meet."',
};

/**
 * A small hand-made bundle for selector tests: three outlets, five actors, a planned meeting later
 * reported as held, a single-outlet event and a disagreement on the date; Wire reuses a CGTN passage
 * (so the 7 July meeting has two independent outlets of three), two loaded terms, scored words, actor
 * labels and quotations by a named and an unnamed speaker.
 */
export function fixtureBundle(): Bundle {
  const specs: EventSpec[] = [
    { id: 'a1#e1', article: 'a1', type: 'CONSULT', date: '2025-07-07', modality: 'planned', source: ['trump', 'netanyahu'], cluster: 'c1', sentence: 'Trump is set to meet Netanyahu on Monday.', trigger: 'meet', labels: [['Trump', 'trump'], ['Netanyahu', 'netanyahu']] },
    { id: 'a2#e1', article: 'a2', type: 'CONSULT', date: '2025-07-07', source: ['netanyahu'], target: ['trump'], cluster: 'c1', sentence: 'Trump hosted Netanyahu on Monday.', trigger: 'hosted', labels: [['Trump', 'trump'], ['Netanyahu', 'netanyahu']] },
    { id: 'a3#e1', article: 'a3', type: 'CONSULT', date: '2025-07-08', source: ['trump'], target: ['netanyahu'], cluster: 'c1', sentence: 'Trump met Netanyahu on Tuesday.', trigger: 'met', labels: [['Trump', 'trump']] },
    { id: 'a1#e2', article: 'a1', type: 'CONSULT', date: '2025-07-08', modality: 'planned', source: ['netanyahu'], target: ['vance'], cluster: 'c2', sentence: 'Netanyahu will meet Vance on Tuesday.', trigger: 'meet' },
    { id: 'a2#e2', article: 'a2', type: 'REQUEST', date: '2025-07-07', precision: 'unknown', modality: 'ongoing', source: ['trump'], target: ['netanyahu'], cluster: 'c3', sentence: 'Trump is pressing Netanyahu.', trigger: 'pressing', tone: [['pressing', -1]] },
    { id: 'a3#e2', article: 'a3', type: 'SANCTION', date: '2025-02-01', precision: 'month', source: ['usa'], target: ['iran'], cluster: 'c4', sentence: 'The US imposed sanctions on Iran last month.', trigger: 'imposed sanctions', labels: [['The US', 'usa'], ['Iran', 'iran']], tone: [['sanctions', -2]] },
    { id: 'a3#e3', article: 'a3', type: 'CONSULT', date: '2025-07-08', modality: 'denied', source: ['iran'], target: ['usa'], cluster: 'c5', sentence: 'Iran did not meet the US.', trigger: 'meet' },
  ];
  const articles = ['a1', 'a2', 'a3'].map((id, i) => {
    const own = specs.filter((s) => s.article === id);
    return { id, text: own.map((s) => s.sentence).join(' ') + (EXTRA_TEXT[id] ?? ''), outletId: ['hayom', 'cgtn', 'wire'][i]!, published: ['2025-07-07', '2025-07-08', '2025-07-09'][i]! };
  });
  const textOf = (id: string) => articles.find((a) => a.id === id)!.text;
  const span = (articleId: string, text: string, within = 0) => {
    const start = textOf(articleId).indexOf(text, within);
    return { text, start, end: start + text.length };
  };
  const events: DiplomaticEvent[] = specs.map((s) => {
    const evidence = span(s.article, s.sentence);
    const at = (words: string) => span(s.article, words, evidence.start);
    const labels = (s.labels ?? []).map(([phrase, actorId]) => ({ ...at(phrase), actorId }));
    const terms = (s.tone ?? []).map(([word, valence]) => ({ ...at(word), valence }));
    const score = terms.reduce((n, t) => n + t.valence, 0);
    return {
      id: s.id, articleId: s.article, type: s.type, mode: null, date: s.date, datePrecision: s.precision ?? 'day', dateBasis: 'test',
      dateSpan: null, modality: s.modality ?? 'occurred', modalityCue: 'test', source: s.source, target: s.target ?? [], actorSpans: labels, actorLabels: labels,
      tone: { score, comparative: score / s.sentence.split(' ').length, terms },
      location: null, evidence,
      trigger: s.trigger ? at(s.trigger) : { text: s.sentence.slice(0, 5), start: evidence.start, end: evidence.start + 5 }, clusterId: s.cluster, confidence: 0.8,
    };
  });
  const clusterIds = [...new Set(specs.map((s) => s.cluster))];
  const outletOf = (e: DiplomaticEvent) => articles.find((a) => a.id === e.articleId)!.outletId;
  const derived = { c1: [{ outletId: 'wire', fromOutletId: 'cgtn', reuseId: 'r1' }] } as Record<string, { outletId: string; fromOutletId: string; reuseId: string }[]>;
  const term = (id: string, articleId: string, lemma: string, category: string, sentence: string) => ({
    id, articleId, term: lemma, category, ...span(articleId, lemma), sentence: span(articleId, sentence),
  });
  return {
    schemaVersion: 2,
    generatedAt: null,
    articles: articles.map((a) => ({ ...a, title: `Article ${a.id}`, url: `https://example.org/${a.id}`, author: null, outletBasis: 'test', flags: [], fiction: true, wordCount: 10 })),
    outlets: [{ id: 'hayom', name: 'Hayom' }, { id: 'cgtn', name: 'CGTN' }, { id: 'wire', name: 'Wire' }],
    actors: [
      { id: 'trump', name: 'Donald Trump', kind: 'person', country: 'USA', aliases: [], affiliation: 'usa', resolved: true },
      { id: 'netanyahu', name: 'Benjamin Netanyahu', kind: 'person', country: 'ISR', aliases: [], affiliation: 'isr', resolved: true },
      { id: 'vance', name: 'J.D. Vance', kind: 'person', country: 'USA', aliases: [], affiliation: 'usa', resolved: true },
      { id: 'usa', name: 'United States', kind: 'state', country: 'USA', aliases: [], affiliation: null, resolved: true },
      { id: 'iran', name: 'Iran', kind: 'state', country: 'IRN', aliases: [], affiliation: null, resolved: true },
      { id: 'isr', name: 'Israel', kind: 'state', country: 'ISR', aliases: [], affiliation: null, resolved: true },
    ],
    events,
    quotes: [
      { id: 'a2#q1', articleId: 'a2', speakerId: 'trump', speakerText: 'Trump', start: 0, end: 5, text: textOf('a2').slice(0, 5), eventIds: ['a2#e1'] },
      { id: 'a3#q1', articleId: 'a3', speakerId: null, speakerText: 'The regime in Tehran', ...span('a3', 'We will not meet.'), eventIds: ['a3#e3'] },
    ],
    clusters: clusterIds.map((id) => {
      const own = events.filter((e) => e.clusterId === id);
      const outlets = [...new Set(own.map(outletOf))].sort();
      const copies = derived[id] ?? [];
      return {
        id, type: own[0]!.type, date: own[0]!.date, datePrecision: own[0]!.datePrecision,
        actorIds: [...new Set(own.flatMap((e) => [...e.source, ...e.target]))].sort(),
        eventIds: own.map((e) => e.id), outletIds: outlets,
        articleIds: [...new Set(own.map((e) => e.articleId))].sort(), modalities: [...new Set(own.map((e) => e.modality))],
        independentOutletIds: outlets.filter((o) => !copies.some((d) => d.outletId === o)), derived: copies,
      };
    }),
    loadedTerms: [
      term('a2#t1', 'a2', 'pressing', 'pressure', 'Trump is pressing Netanyahu.'),
      term('a3#t1', 'a3', 'regime', 'delegitimising', 'The regime in Tehran said: "We will not meet."'),
    ],
    reuse: [{ id: 'r1', a: { ...span('a2', 'Trump hosted Netanyahu on Monday.'), articleId: 'a2' }, b: { ...span('a3', 'Trump hosted Netanyahu on Monday evening.'), articleId: 'a3' }, similarity: 0.8, earlierArticleId: 'a2' }],
    analysis: {
      loadedTerms: { version: 'test', entries: 2 },
      tone: { method: 'AFINN-165 word valences summed per sentence', limits: 'A word list misses irony and context.' },
      reuse: { method: 'word 5-gram shingles, MinHash', threshold: 0.5 },
    },
  };
}

let cachedIndex: BundleIndex | null = null;

/** The fixture bundle's index, built once per test file (tests read it, none changes it). */
export function fixtureIndex(): BundleIndex {
  cachedIndex ??= buildBundleIndex(fixtureBundle());
  return cachedIndex;
}

/** The fixture's events passing these filters (any filter not given is unset). */
export function fixtureMask(filters: Partial<Filters> = {}): EventMask {
  return selectEventMask(fixtureIndex(), { ...EMPTY_FILTERS, ...filters });
}

/** The fixture's outlets, in bundle order: what the per-outlet selectors compare when all are chosen. */
export const FIXTURE_OUTLETS = ['hayom', 'cgtn', 'wire'];
