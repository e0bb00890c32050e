import { z } from 'zod';

/** Version of the bundle contract; bump on any breaking change to the shape below. */
export const SCHEMA_VERSION = 2;

/** The 16 PLOVER event types, in the order of their quad classes. */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export const QUAD_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;

/** Quad class of each PLOVER type, for colour and summaries. */
export const QUAD_OF_TYPE: Record<PloverType, QuadClass> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

export const MODALITIES = ['occurred', 'ongoing', 'planned', 'hypothetical', 'denied'] as const;
/** Coders of imported events (`event.coder`): their events carry no sentence of their own. */
export const EXTERNAL_CODERS = ['gdelt'] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;
export const ACTOR_KINDS = ['person', 'state', 'organization', 'armed-group', 'igo', 'media', 'other'] as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');

/** A character span of an article's text: `text === article.text.slice(start, end)`. */
const spanFields = {
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};
const spanCheck = (s: { text: string; start: number; end: number }) =>
  s.end >= s.start && s.end - s.start === s.text.length;
const SPAN_MESSAGE = 'span end - start must equal text length';

export const spanSchema = z.object(spanFields).refine(spanCheck, SPAN_MESSAGE);

export const articleSchema = z.object({
  id: z.string().min(1),
  outletId: z.string().min(1),
  title: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  published: isoDay.nullable(),
  /** How outlet and date were established: manifest, credit line, or nothing. */
  outletBasis: z.string(),
  flags: z.array(z.string()),
  fiction: z.boolean(),
  wordCount: z.number().int().nonnegative(),
  text: z.string(),
  /** Where each of outlet, published, title, author and url came from, for inputs that declare them (optional). */
  sources: z.record(z.string(), z.string()).optional(),
});

export const outletSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
});

export const actorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  country: z.string().nullable(),
  aliases: z.array(z.string()),
  /** The state or organisation a person belongs to, for collapsing people into their state. */
  affiliation: z.string().nullable(),
  /** False for names found next to a trigger that the gazetteer does not know. */
  resolved: z.boolean(),
  /** For a generic agent composed with a state ("Pakistani military"): its sector (military, police, rebels...). */
  sector: z.string().optional(),
  /** True for a person the gazetteer lacks whom the article introduced with a country and a title. */
  inferred: z.literal(true).optional(),
});

/** A span with the actor it names. */
// A span with more fields is one object, not an intersection with the span: zod parses it several times faster.
const actorSpanSchema = z.object({ ...spanFields, actorId: z.string() }).refine(spanCheck, SPAN_MESSAGE);

/** The tone of an event's sentence: a lexicon score and the scored words, so the number can be traced. */
export const toneSchema = z.object({
  /** Sum of the valences of the scored words (AFINN-165: -5..+5 each, negation flips the sign). */
  score: z.number(),
  /** Score divided by the sentence's word count, comparable across sentences of different length. */
  comparative: z.number(),
  terms: z.array(z.object({ ...spanFields, valence: z.number() }).refine(spanCheck, SPAN_MESSAGE)),
});

export const eventSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable(),
  date: isoDay.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS),
  /** Human-readable account of how the date was resolved. */
  dateBasis: z.string(),
  /** The date expression the date came from, when there was one. */
  dateSpan: spanSchema.nullable(),
  modality: z.enum(MODALITIES),
  /** The cue that decided the modality ("is set to", "not", past tense...). */
  modalityCue: z.string(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  /** Spans in the article where each actor of the event was named (for highlighting). */
  actorSpans: z.array(actorSpanSchema),
  /** How the sentence labelled each actor: the whole descriptor phrase ("the Palestinian militant group Hamas"). */
  actorLabels: z.array(actorSpanSchema),
  tone: toneSchema,
  location: z.string().nullable(),
  evidence: spanSchema,
  trigger: spanSchema,
  clusterId: z.string().min(1),
  confidence: z.number().min(0).max(1),
  /**
   * Who coded the event when it was not read from the article's sentences: `gdelt` for an event imported from a
   * GDELT export, which names the article but gives no sentence, so its evidence and trigger spans are empty.
   */
  coder: z.enum(EXTERNAL_CODERS).optional(),
});

export const quoteSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  speakerId: z.string().nullable(),
  /** How the speaker was named in the text ("a source", "Netanyahu"). */
  speakerText: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Events of the same article the quotation speaks about (same or neighbouring sentence). */
  eventIds: z.array(z.string()),
});

/** One occurrence of a loaded or evaluative term from the versioned lexicon in `data/lexicon/loaded-terms.json`. */
export const loadedTermSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  /** The lexicon entry (its lemma), e.g. "terrorist". */
  term: z.string().min(1),
  category: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** The sentence the term occurs in, for showing it in context. */
  sentence: spanSchema,
});

/** One side of a reused passage. */
const passageSchema = z.object({ ...spanFields, articleId: z.string().min(1) }).refine(spanCheck, SPAN_MESSAGE);

/** A passage that appears, nearly word for word, in two articles of different outlets. */
export const reuseSchema = z.object({
  id: z.string().min(1),
  a: passageSchema,
  b: passageSchema,
  /** Estimated Jaccard similarity of the passages' word shingles (0..1). */
  similarity: z.number().min(0).max(1),
  /** The article published first, when the dates tell; the other is taken to reuse its text. */
  earlierArticleId: z.string().nullable(),
});

export const clusterSchema = z.object({
  id: z.string().min(1),
  type: z.enum(PLOVER_TYPES),
  date: isoDay.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS),
  actorIds: z.array(z.string()),
  eventIds: z.array(z.string()).min(1),
  outletIds: z.array(z.string()),
  articleIds: z.array(z.string()),
  /** Modalities across the cluster's reports, in a fixed order. */
  modalities: z.array(z.enum(MODALITIES)),
  /** Outlets that count as independent sources: reports reusing another outlet's text are left out. */
  independentOutletIds: z.array(z.string()),
  /** Reports left out of the independent count, with the reuse that explains why. */
  derived: z.array(z.object({ outletId: z.string(), fromOutletId: z.string(), reuseId: z.string() })),
});

/** How the comparison measures were made, shown beside them in the app. */
export const analysisSchema = z.object({
  loadedTerms: z.object({ version: z.string(), entries: z.number().int().nonnegative() }),
  tone: z.object({ method: z.string(), limits: z.string() }),
  reuse: z.object({ method: z.string(), threshold: z.number() }),
});

/** What a located place is, for the map's legend and its accessible names. */
export const PLACE_KINDS = ['venue', 'city', 'region', 'country'] as const;

/**
 * A distinct event `location` put on the map: the point it is drawn at (WGS84), or null lat/lon when it could
 * not be placed (an invented place, a region spanning states such as "Middle East").
 */
export const bundlePlaceSchema = z.object({
  /** The location string exactly as events carry it. */
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  /** ISO 3166-1 alpha-3 code of the state the place is in; null when it spans states or is disputed. */
  country: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  /** How the point was found, in words ("GeoNames", "drawn at Washington, D.C.", "centroid of the country"). */
  basis: z.string(),
});

export const bundleSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    generatedAt: z.string().nullable(),
    articles: z.array(articleSchema),
    outlets: z.array(outletSchema),
    actors: z.array(actorSchema),
    events: z.array(eventSchema),
    quotes: z.array(quoteSchema),
    clusters: z.array(clusterSchema),
    loadedTerms: z.array(loadedTermSchema),
    reuse: z.array(reuseSchema),
    analysis: analysisSchema,
    /** One entry per distinct event location (optional: bundles written before the map still validate). */
    places: z.array(bundlePlaceSchema).optional(),
  })
  .superRefine(checkReferences);

/** Cross-references the shape alone cannot express: ids exist and evidence matches the text. */
function checkReferences(bundle: BundleShape, ctx: z.RefinementCtx): void {
  const articles = new Map(bundle.articles.map((a) => [a.id, a]));
  const actorIds = new Set(bundle.actors.map((a) => a.id));
  const outletIds = new Set(bundle.outlets.map((o) => o.id));
  const clusterIds = new Set(bundle.clusters.map((c) => c.id));
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  bundle.articles.forEach((a, i) => {
    if (!outletIds.has(a.outletId)) issue(['articles', i, 'outletId'], `unknown outlet "${a.outletId}"`);
  });
  bundle.events.forEach((e, i) => {
    const article = articles.get(e.articleId);
    if (!article) return issue(['events', i, 'articleId'], `unknown article "${e.articleId}"`);
    for (const span of [e.evidence, e.trigger, ...e.actorSpans, ...(e.dateSpan ? [e.dateSpan] : [])]) {
      if (article.text.slice(span.start, span.end) !== span.text)
        issue(['events', i], `span ${span.start}-${span.end} does not match the article text`);
    }
    for (const id of [...e.source, ...e.target]) if (!actorIds.has(id)) issue(['events', i], `unknown actor "${id}"`);
    if (!clusterIds.has(e.clusterId)) issue(['events', i, 'clusterId'], `unknown cluster "${e.clusterId}"`);
    // An imported event names its article but no sentence of it: a non-empty span would claim one.
    if (e.coder && (e.evidence.text !== '' || e.trigger.text !== ''))
      issue(['events', i, 'evidence'], `an event coded by ${e.coder} carries no sentence`);
  });
  const eventIds = new Set(bundle.events.map((e) => e.id));
  const matches = (articleId: string, span: { start: number; end: number; text: string }) =>
    articles.get(articleId)?.text.slice(span.start, span.end) === span.text;
  bundle.events.forEach((e, i) => {
    for (const span of [...e.actorLabels, ...e.tone.terms])
      if (!matches(e.articleId, span))
        issue(['events', i], `span ${span.start}-${span.end} does not match the article text`);
  });
  bundle.quotes.forEach((q, i) => {
    if (!matches(q.articleId, q)) issue(['quotes', i], 'quote offsets do not match the article text');
    if (q.speakerId !== null && !actorIds.has(q.speakerId)) issue(['quotes', i], `unknown speaker "${q.speakerId}"`);
    for (const id of q.eventIds) if (!eventIds.has(id)) issue(['quotes', i], `unknown event "${id}"`);
  });
  bundle.loadedTerms.forEach((t, i) => {
    if (!matches(t.articleId, t) || !matches(t.articleId, t.sentence))
      issue(['loadedTerms', i], 'term offsets do not match the article text');
  });
  const reuseIds = new Set(bundle.reuse.map((r) => r.id));
  bundle.reuse.forEach((r, i) => {
    if (!matches(r.a.articleId, r.a) || !matches(r.b.articleId, r.b))
      issue(['reuse', i], 'passage offsets do not match the article text');
  });
  const placeNames = new Set<string>();
  bundle.places?.forEach((p, i) => {
    if (placeNames.has(p.name)) issue(['places', i, 'name'], `place "${p.name}" listed twice`);
    if ((p.lat === null) !== (p.lon === null)) issue(['places', i], 'lat and lon must both be set or both null');
    placeNames.add(p.name);
  });
  bundle.clusters.forEach((c, i) => {
    for (const d of c.derived) if (!reuseIds.has(d.reuseId)) issue(['clusters', i], `unknown reuse "${d.reuseId}"`);
  });
}

type BundleShape = {
  articles: z.infer<typeof articleSchema>[];
  outlets: z.infer<typeof outletSchema>[];
  actors: z.infer<typeof actorSchema>[];
  events: z.infer<typeof eventSchema>[];
  quotes: z.infer<typeof quoteSchema>[];
  clusters: z.infer<typeof clusterSchema>[];
  loadedTerms: z.infer<typeof loadedTermSchema>[];
  reuse: z.infer<typeof reuseSchema>[];
  places?: z.infer<typeof bundlePlaceSchema>[];
};

export type PloverType = (typeof PLOVER_TYPES)[number];
export type QuadClass = (typeof QUAD_CLASSES)[number];
export type Modality = (typeof MODALITIES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ExternalCoder = (typeof EXTERNAL_CODERS)[number];
export type Span = z.infer<typeof spanSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type DiplomaticEvent = z.infer<typeof eventSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type Tone = z.infer<typeof toneSchema>;
export type LoadedTerm = z.infer<typeof loadedTermSchema>;
export type Reuse = z.infer<typeof reuseSchema>;
export type Analysis = z.infer<typeof analysisSchema>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type BundlePlace = z.infer<typeof bundlePlaceSchema>;
export type Bundle = z.infer<typeof bundleSchema>;

/** Validates unknown JSON as a bundle; returns readable problems instead of throwing. */
export function parseBundle(input: unknown): { ok: true; bundle: Bundle } | { ok: false; problems: string[] } {
  const result = bundleSchema.safeParse(input);
  if (result.success) return { ok: true, bundle: result.data };
  const problems = result.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  return { ok: false, problems };
}
