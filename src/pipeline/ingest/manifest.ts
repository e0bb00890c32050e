import { z } from 'zod';
import { parseIsoDay } from '../dates/calendar.ts';

/** One manifest line: the file, its outlet and publication date, and how they were established. */
export const manifestEntrySchema = z.object({
  file: z.string().min(1),
  outlet: z.string().min(1).nullable().optional(),
  published: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  basis: z.string().nullable().optional(),
  fiction: z.boolean().optional(),
});

export const manifestSchema = z.object({
  about: z.string().optional(),
  fiction: z.boolean().optional(),
  articles: z.array(z.unknown()),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** The manifest's usable entries by file name, and a problem line for each entry that is not usable. */
export type ManifestReading = { entries: Map<string, ManifestEntry>; fiction: boolean; problems: string[] };

/** Parses manifest JSON text; a bad entry is reported and skipped, the others still count. */
export function readManifest(jsonText: string, today: string): ManifestReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jsonText);
  } catch (error) {
    return { entries: new Map(), fiction: false, problems: [`manifest.json is not valid JSON (${(error as Error).message}); every article is processed without it`] };
  }
  const top = manifestSchema.safeParse(parsed);
  if (!top.success) return { entries: new Map(), fiction: false, problems: ['manifest.json has no "articles" list; every article is processed without it'] };
  const entries = new Map<string, ManifestEntry>();
  const problems: string[] = [];
  top.data.articles.forEach((raw, i) => {
    const entry = manifestEntrySchema.safeParse(raw);
    if (!entry.success) return problems.push(`manifest entry ${i}: ${entry.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const e = { ...entry.data };
    if (entries.has(e.file)) return problems.push(`manifest entry ${i}: "${e.file}" is listed twice; the first entry is used`);
    if (e.published) {
      const day = parseIsoDay(e.published);
      if (day === null) {
        problems.push(`manifest entry ${i} ("${e.file}"): published "${e.published}" is not a real date; treated as unknown`);
        e.published = null;
      } else if (e.published > today) {
        problems.push(`manifest entry ${i} ("${e.file}"): published "${e.published}" is in the future; treated as unknown`);
        e.published = null;
      }
    }
    entries.set(e.file, e);
  });
  return { entries, fiction: top.data.fiction === true, problems };
}
