import { constants, gunzipSync } from 'node:zlib';

/** One HTML page found in a web archive: the address it was fetched from, when, and its decoded body. */
export type ArchivedPage = { url: string | null; fetched: string | null; html: string };

/** The HTML responses of a WARC file, and what could not be read (a truncated archive keeps what came before the cut). */
export type WarcReading = { pages: ArchivedPage[]; problems: string[]; skipped: number };

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * Reads a WARC 1.0/1.1 archive (plain or gzip, one member per record or one for the whole file). Only
 * `response` records holding an HTTP response with an HTML body are kept; requests, metadata, redirects and
 * non-HTML bodies are counted as skipped. A record cut short (a download or copy that stopped) is named as
 * a problem and reading stops there, keeping the records before it.
 */
export function readWarc(bytes: Buffer): WarcReading {
  const problems: string[] = [];
  const data = isGzip(bytes) ? gunzipAsFarAsPossible(bytes, problems) : bytes;
  const pages: ArchivedPage[] = [];
  let skipped = 0;
  let at = 0;
  let n = 0;
  while (at < data.length) {
    while (at < data.length && (data[at] === 0x0d || data[at] === 0x0a)) at++; // record separators
    if (at >= data.length) break;
    n++;
    const headEnd = data.indexOf(CRLF2, at);
    const version = data.subarray(at, at + 8).toString('latin1');
    if (!version.startsWith('WARC/')) {
      problems.push(`record ${n} does not start with a WARC version line; the rest of the archive is not read`);
      break;
    }
    if (headEnd < 0) {
      problems.push(`truncated: record ${n}'s header is cut off`);
      break;
    }
    const headers = parseHeaders(data.subarray(at, headEnd).toString('latin1'));
    const length = Number(headers.get('content-length'));
    const blockStart = headEnd + 4;
    if (!Number.isFinite(length) || length < 0) {
      problems.push(`record ${n} has no valid Content-Length; the rest of the archive is not read`);
      break;
    }
    if (blockStart + length > data.length) {
      problems.push(`truncated: record ${n} declares ${length} bytes but ${data.length - blockStart} remain`);
      break;
    }
    const block = data.subarray(blockStart, blockStart + length);
    at = blockStart + length;
    const page = headers.get('warc-type') === 'response' ? htmlResponse(block, headers) : null;
    if (page) pages.push(page);
    else skipped++;
  }
  return { pages, problems, skipped };
}

const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

/** Beyond this an archive is refused rather than decompressed: a small gzip can expand without bound. */
const MAX_DECOMPRESSED_BYTES = 2 ** 31 - 1;

/** Decompresses every gzip member; a cut-off archive gives what could be decompressed and a problem. */
function gunzipAsFarAsPossible(bytes: Buffer, problems: string[]): Buffer {
  const maxOutputLength = MAX_DECOMPRESSED_BYTES;
  try {
    return gunzipSync(bytes, { maxOutputLength });
  } catch (error) {
    if (error instanceof RangeError) {
      problems.push(`decompresses to more than ${Math.round(maxOutputLength / 1048576)} MB: not read`);
      return Buffer.alloc(0);
    }
    problems.push('truncated or damaged gzip stream: only the records before the damage are read');
    try {
      return gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength });
    } catch {
      return Buffer.alloc(0);
    }
  }
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** The page inside an HTTP response block, if it is a successful HTML response. */
function htmlResponse(block: Buffer, warc: Map<string, string>): ArchivedPage | null {
  if (!(warc.get('content-type') ?? '').includes('application/http')) return null;
  const headEnd = block.indexOf(CRLF2);
  if (headEnd < 0) return null;
  const head = block.subarray(0, headEnd).toString('latin1');
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(head)?.[1]);
  const http = parseHeaders(head);
  const type = http.get('content-type') ?? '';
  if (status !== 200 || !/html/i.test(type)) return null;
  let body = block.subarray(headEnd + 4);
  if (/chunked/i.test(http.get('transfer-encoding') ?? '')) body = dechunk(body);
  if (/gzip/i.test(http.get('content-encoding') ?? '')) body = gunzipAsFarAsPossible(body, []);
  const charset = /charset=([\w-]+)/i.exec(type)?.[1]?.toLowerCase();
  const html = new TextDecoder(charset && isKnownEncoding(charset) ? charset : 'utf-8').decode(body);
  return {
    url: warc.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null,
    fetched: warc.get('warc-date') ?? null,
    html,
  };
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** HTTP chunked transfer coding to the plain body. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
