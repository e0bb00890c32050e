import { createHash } from 'node:crypto';
import type { CorpusFile, Rejection } from './read-corpus.ts';

/**
 * Keeps the first of articles that are the same: the same canonical URL (ignoring the fragment, tracking
 * parameters, "www." and a trailing slash) or the same text (ignoring spacing and case). The same story
 * saved twice, or found in both a feed and an archive, would otherwise count as two outlets' reports.
 */
export function dropDuplicates(files: CorpusFile[]): { files: CorpusFile[]; duplicates: Rejection[] } {
  const byUrl = new Map<string, string>();
  const byText = new Map<string, string>();
  const kept: CorpusFile[] = [];
  const duplicates: Rejection[] = [];
  for (const file of files) {
    const url = file.meta?.url ? urlKey(file.meta.url) : null;
    const text = textKey(file.text);
    const sameUrl = url === null ? undefined : byUrl.get(url);
    const sameText = byText.get(text);
    if (sameUrl !== undefined || sameText !== undefined) {
      duplicates.push({
        file: file.file,
        reason:
          sameUrl !== undefined
            ? `duplicate of ${sameUrl} (same canonical URL): read once`
            : `duplicate of ${sameText} (same text): read once`,
      });
      continue;
    }
    if (url !== null) byUrl.set(url, file.file);
    byText.set(text, file.file);
    kept.push(file);
  }
  return { files: kept, duplicates };
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/i;

export function urlKey(href: string): string {
  try {
    const url = new URL(href);
    const params = [...url.searchParams]
      .filter(([k]) => !TRACKING.test(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
    return `${url.hostname.replace(/^www\./, '').toLowerCase()}${url.pathname.replace(/\/+$/, '')}${query}`;
  } catch {
    return href;
  }
}

const textKey = (text: string) =>
  createHash('sha1').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
