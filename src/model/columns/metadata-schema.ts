import { z } from 'zod';
import {
  actorSchema,
  analysisSchema,
  articleSchema,
  bundlePlaceSchema,
  loadedTermSchema,
  outletSchema,
  reuseSchema,
  SCHEMA_VERSION,
} from '../bundle-schema.ts';
import { type BundleMetadata, COLUMN_LAYOUT_VERSION } from './column-layout.ts';

/**
 * The columnar bundle's metadata, validated with the bundle schema's own parts: a field added to the
 * schema (an article's optional marker) is checked and kept here too. Fields the schema does not know yet,
 * at the top level and on articles, outlets and actors, ride along unchecked.
 */
export const bundleMetadataSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  columnLayoutVersion: z.literal(COLUMN_LAYOUT_VERSION),
  generatedAt: z.string().nullable(),
  articles: z.array(articleSchema.omit({ text: true }).loose()),
  outlets: z.array(outletSchema.loose()),
  actors: z.array(actorSchema.loose()),
  loadedTerms: z.array(loadedTermSchema),
  reuse: z.array(reuseSchema),
  analysis: analysisSchema,
  places: z.array(bundlePlaceSchema).optional(),
  texts: z.object({
    files: z.array(z.string().min(1)),
    shardOfArticle: z.array(z.number().int().nonnegative()),
  }),
});

/** Validates decoded metadata; returns readable problems instead of throwing. */
export function parseBundleMetadata(
  input: unknown,
): { ok: true; metadata: BundleMetadata } | { ok: false; problems: string[] } {
  const result = bundleMetadataSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 20).map((i) => `metadata.${i.path.join('.')}: ${i.message}`);
    return { ok: false, problems };
  }
  const metadata = result.data as BundleMetadata;
  const problems = metadataReferenceProblems(metadata);
  return problems.length ? { ok: false, problems } : { ok: true, metadata };
}

function metadataReferenceProblems(metadata: BundleMetadata): string[] {
  const outletIds = new Set(metadata.outlets.map((o) => o.id));
  const problems: string[] = [];
  metadata.articles.forEach((a, i) => {
    if (!outletIds.has(a.outletId)) problems.push(`metadata.articles.${i}.outletId: unknown outlet "${a.outletId}"`);
  });
  const { files, shardOfArticle } = metadata.texts;
  if (shardOfArticle.length !== metadata.articles.length)
    problems.push(`metadata.texts: ${shardOfArticle.length} shard entries for ${metadata.articles.length} articles`);
  if (shardOfArticle.some((s) => s >= files.length))
    problems.push('metadata.texts: an article points past the shard files');
  return problems.slice(0, 20);
}

/** The metadata's JSON text parsed and checked by the zod schema, problems in words. */
export function parseMetadataJson(
  json: string,
): { ok: true; metadata: BundleMetadata } | { ok: false; problems: string[] } {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`metadata: not JSON (${(error as Error).message})`] };
  }
  return parseBundleMetadata(input);
}
