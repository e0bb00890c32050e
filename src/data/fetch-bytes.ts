/** Bytes received so far and the total the server announced (null when it did not). */
export type FetchProgress = { loaded: number; total: number | null };

/**
 * Fetches a file as bytes, reporting progress as chunks arrive. Null when the file is not there: a 404,
 * or the HTML page a single-page server answers for any unknown path. `onChunk` sees the bytes received so
 * far after each chunk (a view, valid during the call), so that the file's head can be read before its end.
 */
export async function fetchBytes(
  url: string,
  onProgress: (p: FetchProgress) => void,
  onChunk: (received: Uint8Array) => void = () => {},
): Promise<Uint8Array | null> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.status === 404 || (response.headers.get('content-type') ?? '').includes('text/html')) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  // A compressed response announces its compressed length: the bytes read would pass it.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = Number.isFinite(length) && length > 0 && !encoded ? length : null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  return readAll(response.body.getReader(), total, onProgress, onChunk);
}

async function readAll(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  total: number | null,
  onProgress: (p: FetchProgress) => void,
  onChunk: (received: Uint8Array) => void,
): Promise<Uint8Array> {
  let bytes = new Uint8Array(total ?? 1 << 20);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > bytes.length) {
      const bigger = new Uint8Array(Math.max(loaded + value.length, bytes.length * 2));
      bigger.set(bytes.subarray(0, loaded));
      bytes = bigger;
    }
    bytes.set(value, loaded);
    loaded += value.length;
    onProgress({ loaded, total });
    onChunk(bytes.subarray(0, loaded));
  }
  return bytes.subarray(0, loaded);
}
