import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBytes } from './fetch-bytes.ts';
import { transferablesOf } from './bundle-worker-messages.ts';

afterEach(() => vi.unstubAllGlobals());

const answer = (body: BodyInit | null, init: ResponseInit) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  );

describe('fetchBytes', () => {
  it('reads the bytes and reports progress against the announced length', async () => {
    const bytes = new Uint8Array(3000).map((_, i) => i % 251);
    answer(bytes, { status: 200, headers: { 'content-length': '3000', 'content-type': 'application/octet-stream' } });
    const progress: number[] = [];
    const read = await fetchBytes('/data/bundle.arrow', (p) => progress.push(p.loaded / (p.total ?? NaN)));
    expect(read).toEqual(bytes);
    expect(progress.at(-1)).toBe(1);
  });

  it('shows the bytes received so far after each chunk, before the whole file is in', async () => {
    const bytes = new Uint8Array(3000).map((_, i) => i % 251);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 1000));
        controller.enqueue(bytes.slice(1000));
        controller.close();
      },
    });
    answer(body, { status: 200, headers: { 'content-length': '3000' } });
    const heads: number[][] = [];
    await fetchBytes(
      '/data/bundle.arrow',
      () => {},
      (received) => heads.push([received.length, received[999]!]),
    );
    expect(heads).toEqual([
      [1000, bytes[999]],
      [3000, bytes[999]],
    ]);
  });

  it('answers null for a missing file and for the HTML page a single-page server sends instead', async () => {
    answer('not found', { status: 404 });
    expect(await fetchBytes('/data/bundle.arrow', () => {})).toBeNull();
    answer('<!doctype html><title>Parley</title>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await fetchBytes('/data/bundle.arrow', () => {})).toBeNull();
  });

  it('fails on a server error rather than falling back', async () => {
    answer('oops', { status: 500 });
    await expect(fetchBytes('/data/bundle.arrow', () => {})).rejects.toThrow('HTTP 500');
  });
});

describe('transferablesOf', () => {
  it('finds each buffer behind the columns once, views into one buffer included', () => {
    const file = new ArrayBuffer(64);
    const other = new Float64Array(2);
    const columns = {
      a: new Uint32Array(file, 0, 4),
      b: { offsets: new Int32Array(file, 16, 3), values: other },
      id: ['x'],
    };
    expect(transferablesOf(columns)).toEqual([file, other.buffer]);
  });
});
