/** The descriptive fields an input can carry for an article, besides its text. */
export const METADATA_FIELDS = ['outlet', 'published', 'title', 'author', 'url'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/**
 * What an input says about an article, and where each value was read ("JSON-LD NewsArticle datePublished",
 * "Open Graph og:site_name", "WARC-Target-URI", "CSV column date"). A manifest entry overrides any of them.
 */
export type ArticleMetadata = Partial<Record<MetadataField, string>> & {
  sources: Partial<Record<MetadataField, string>>;
};

export const emptyMetadata = (): ArticleMetadata => ({ sources: {} });

/** Sets a field unless it already has a value (callers go from the most to the least trusted source). */
export function offer(
  meta: ArticleMetadata,
  field: MetadataField,
  value: string | null | undefined,
  source: string,
): void {
  const clean = normalise(field, value);
  if (clean === null || meta[field] !== undefined) return;
  meta[field] = clean;
  meta.sources[field] = source;
}

function normalise(field: MetadataField, value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return null;
  if (field === 'url') return httpUrl(text);
  if (field === 'published') return isoDayOf(text);
  return text;
}

/** The URL if it is an absolute http(s) URL, else null: `javascript:`, `data:`, `file:` and relative links are dropped. */
export function httpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const ISO_DAY_START = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/**
 * The publication day of a date as pages and feeds write it. An ISO date-time keeps its own calendar day
 * (`2025-05-13T01:30:00+05:30` was published on the 13th where the outlet is), other forms
 * (`Tue, 13 May 2025 08:00:00 GMT`, `May 13, 2025`) are read as UTC. Null when it is not a real date.
 */
export function isoDayOf(text: string): string | null {
  const iso = ISO_DAY_START.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? `${y}-${m}-${d}` : null;
  }
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(ms).toISOString().slice(0, 10) : null;
}

/** An outlet name from a site's address when nothing names it: "www.example-news.co.uk" gives "example-news.co.uk". */
export function outletFromUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^(?:www\d?|m|amp|edition)\./, '') || null;
  } catch {
    return null;
  }
}
