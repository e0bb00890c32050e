import type { Bundle, DiplomaticEvent, Modality, PloverType } from '../model/bundle-schema.ts';

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
};

/**
 * A small hand-made bundle for selector tests: three outlets, five actors, a planned meeting later
 * reported as held, a single-outlet event and a disagreement on the date.
 */
export function fixtureBundle(): Bundle {
  const specs: EventSpec[] = [
    { id: 'a1#e1', article: 'a1', type: 'CONSULT', date: '2025-07-07', modality: 'planned', source: ['trump', 'netanyahu'], cluster: 'c1', sentence: 'Trump is set to meet Netanyahu on Monday.' },
    { id: 'a2#e1', article: 'a2', type: 'CONSULT', date: '2025-07-07', source: ['netanyahu'], target: ['trump'], cluster: 'c1', sentence: 'Trump hosted Netanyahu on Monday.' },
    { id: 'a3#e1', article: 'a3', type: 'CONSULT', date: '2025-07-08', source: ['trump'], target: ['netanyahu'], cluster: 'c1', sentence: 'Trump met Netanyahu on Tuesday.' },
    { id: 'a1#e2', article: 'a1', type: 'CONSULT', date: '2025-07-08', modality: 'planned', source: ['netanyahu'], target: ['vance'], cluster: 'c2', sentence: 'Netanyahu will meet Vance on Tuesday.' },
    { id: 'a2#e2', article: 'a2', type: 'REQUEST', date: '2025-07-07', precision: 'unknown', modality: 'ongoing', source: ['trump'], target: ['netanyahu'], cluster: 'c3', sentence: 'Trump is pressing Netanyahu.' },
    { id: 'a3#e2', article: 'a3', type: 'SANCTION', date: '2025-02-01', precision: 'month', source: ['usa'], target: ['iran'], cluster: 'c4', sentence: 'The US imposed sanctions on Iran last month.' },
    { id: 'a3#e3', article: 'a3', type: 'CONSULT', date: '2025-07-08', modality: 'denied', source: ['iran'], target: ['usa'], cluster: 'c5', sentence: 'Iran did not meet the US.' },
  ];
  const articles = ['a1', 'a2', 'a3'].map((id, i) => {
    const own = specs.filter((s) => s.article === id);
    return { id, text: own.map((s) => s.sentence).join(' '), outletId: ['hayom', 'cgtn', 'wire'][i]!, published: ['2025-07-07', '2025-07-08', '2025-07-09'][i]! };
  });
  const events: DiplomaticEvent[] = specs.map((s) => {
    const text = articles.find((a) => a.id === s.article)!.text;
    const start = text.indexOf(s.sentence);
    return {
      id: s.id, articleId: s.article, type: s.type, mode: null, date: s.date, datePrecision: s.precision ?? 'day', dateBasis: 'test',
      dateSpan: null, modality: s.modality ?? 'occurred', modalityCue: 'test', source: s.source, target: s.target ?? [], actorSpans: [], actorLabels: [],
      tone: { score: 0, comparative: 0, terms: [] },
      location: null, evidence: { text: s.sentence, start, end: start + s.sentence.length },
      trigger: { text: s.sentence.slice(0, 5), start, end: start + 5 }, clusterId: s.cluster, confidence: 0.8,
    };
  });
  const clusterIds = [...new Set(specs.map((s) => s.cluster))];
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
    quotes: [{ id: 'a2#q1', articleId: 'a2', speakerId: 'trump', speakerText: 'Trump', start: 0, end: 5, text: articles[1]!.text.slice(0, 5), eventIds: ['a2#e1'] }],
    clusters: clusterIds.map((id) => {
      const own = events.filter((e) => e.clusterId === id);
      return {
        id, type: own[0]!.type, date: own[0]!.date, datePrecision: own[0]!.datePrecision,
        actorIds: [...new Set(own.flatMap((e) => [...e.source, ...e.target]))].sort(),
        eventIds: own.map((e) => e.id), outletIds: [...new Set(own.map((e) => articles.find((a) => a.id === e.articleId)!.outletId))].sort(),
        articleIds: [...new Set(own.map((e) => e.articleId))].sort(), modalities: [...new Set(own.map((e) => e.modality))],
        independentOutletIds: [...new Set(own.map((e) => articles.find((a) => a.id === e.articleId)!.outletId))].sort(), derived: [],
      };
    }),
    loadedTerms: [],
    reuse: [],
    analysis: { loadedTerms: { version: 'test', entries: 0 }, tone: { method: 'test', limits: 'test' }, reuse: { method: 'test', threshold: 0.5 } },
  };
}
