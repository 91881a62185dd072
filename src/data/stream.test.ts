import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataFormatError, type IdxImages, type IdxLabels } from './idx';
import {
  DataFetchError,
  PROGRESS_INTERVAL_BYTES,
  fetchIdx,
  streamIdx,
  type FetchFn,
  type StreamProgress,
} from './stream';
import { buildImageFile, buildLabelFile, patternPixels, streamOf } from './test-fixtures';

const IMAGES_FILE = 'train-images-idx3-ubyte.gz';
const DATA_DIR = new URL('../../public/data/fashion-mnist/', import.meta.url);

/** A Node file stream as a web ReadableStream, as a fetch body would be. */
function fileStream(name: string): ReadableStream<Uint8Array> {
  const nodeStream = createReadStream(new URL(name, DATA_DIR));
  return Readable.toWeb(nodeStream) as ReadableStream<Uint8Array>;
}

describe('streamIdx', () => {
  it('gunzips a gzip stream, even when the magic bytes span chunks', async () => {
    const gz = gzipSync(buildImageFile(4));
    const data = await streamIdx(IMAGES_FILE, streamOf(gz, 1), 'images');
    expect(data.count).toBe(4);
    expect(data.pixels).toEqual(patternPixels(4));
  });

  it('parses raw IDX bytes that are not gzipped', async () => {
    const data = await streamIdx(IMAGES_FILE, streamOf(buildImageFile(4), 100), 'images');
    expect(data.pixels).toEqual(patternPixels(4));
  });

  it('reports compressed bytes, at most once per 64 KiB plus a final call', async () => {
    const raw = buildImageFile(1000);
    const gz = gzipSync(raw, { level: 0 });
    const calls: StreamProgress[] = [];
    await streamIdx(IMAGES_FILE, streamOf(gz, 4096), 'images', (p) => calls.push(p));
    expect(calls.at(-1)).toEqual({ bytes: gz.length, items: 1000, expectedItems: 1000 });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(gz.length / PROGRESS_INTERVAL_BYTES) + 1);
    const bytes = calls.map((p) => p.bytes);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
  });

  it('turns corrupt gzip data into a DataFormatError naming the file', async () => {
    const gz = gzipSync(buildImageFile(4));
    gz.fill(0xff, 10, 40);
    const result = streamIdx(IMAGES_FILE, streamOf(gz, 64), 'images');
    await expect(result).rejects.toBeInstanceOf(DataFormatError);
    await expect(result).rejects.toThrow(`${IMAGES_FILE}: not valid gzip data`);
  });

  it('reports a gzip stream that stops early as an error', async () => {
    const gz = gzipSync(buildImageFile(4));
    const result = streamIdx(IMAGES_FILE, streamOf(gz.subarray(0, gz.length / 2), 64), 'images');
    await expect(result).rejects.toThrow(IMAGES_FILE);
  });

  it('passes IDX errors through from inside the gzip layer', async () => {
    const gz = gzipSync(buildLabelFile([1, 12]));
    const result = streamIdx('labels.gz', streamOf(gz, 64), 'labels');
    await expect(result).rejects.toThrow('labels.gz: label 1 is 12 (expected 0..9)');
  });

  it('recognises an HTML page by its first byte', async () => {
    const html = new TextEncoder().encode('<!doctype html><title>App</title>');
    const result = streamIdx(IMAGES_FILE, streamOf(html, 8), 'images');
    await expect(result).rejects.toThrow('server sent an HTML page instead of data');
  });

  it.each([
    ['gzip', gzipSync(buildImageFile(4))],
    ['raw', buildImageFile(4)],
  ])('names the file when a %s download breaks off', async (_, bytes) => {
    let sent = false;
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new TypeError('network error'));
        controller.enqueue(bytes.subarray(0, 100));
        sent = true;
      },
    });
    const result = streamIdx(IMAGES_FILE, broken, 'images');
    await expect(result).rejects.toBeInstanceOf(DataFetchError);
    await expect(result).rejects.toThrow(`${IMAGES_FILE}: download interrupted (network error)`);
  });

  it('names the file when a download fails before its first byte', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.error(new TypeError('connection reset')),
    });
    const result = streamIdx(IMAGES_FILE, broken, 'images');
    await expect(result).rejects.toThrow(`${IMAGES_FILE}: download interrupted (connection reset)`);
  });

  it('stops a stalled download when aborted, with the abort reason', async () => {
    const controller = new AbortController();
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start: (c) => c.enqueue(gzipSync(buildImageFile(4)).subarray(0, 20)),
      pull: () => new Promise<void>(() => {}),
      cancel: () => void (cancelled = true),
    });
    const result = streamIdx(IMAGES_FILE, stalled, 'images', undefined, controller.signal);
    setTimeout(() => controller.abort(new Error('user stopped')), 10);
    await expect(result).rejects.toThrow('user stopped');
    expect(cancelled).toBe(true);
  });

  it('parses the real Fashion-MNIST test files', async () => {
    const images: IdxImages = await streamIdx(
      't10k-images-idx3-ubyte.gz',
      fileStream('t10k-images-idx3-ubyte.gz'),
      'images',
    );
    const labels: IdxLabels = await streamIdx(
      't10k-labels-idx1-ubyte.gz',
      fileStream('t10k-labels-idx1-ubyte.gz'),
      'labels',
    );
    expect([images.count, images.rows, images.cols]).toEqual([10_000, 28, 28]);
    expect(images.pixels.length).toBe(10_000 * 28 * 28);
    expect(images.pixels.some((p) => p === 255)).toBe(true);
    const perClass = new Array<number>(10).fill(0);
    labels.labels.forEach((label) => perClass[label]++);
    expect(perClass).toEqual(new Array<number>(10).fill(1000));
  });
});

describe('fetchIdx', () => {
  const respondWith =
    (response: Response, urls: string[] = []): FetchFn =>
    async (url) => {
      urls.push(url);
      return response;
    };

  it('fetches <baseUrl>/<file> and reports the Content-Length as bytesTotal', async () => {
    const gz = gzipSync(buildLabelFile([4, 2]));
    const urls: string[] = [];
    const headers = { 'content-length': String(gz.length) };
    const fetchFn = respondWith(new Response(gz, { headers }), urls);
    const totals: (number | null)[] = [];
    const data = await fetchIdx(
      '/data/fashion-mnist/',
      'labels.gz',
      'labels',
      (p) => totals.push(p.bytesTotal),
      undefined,
      fetchFn,
    );
    expect(urls).toEqual(['/data/fashion-mnist/labels.gz']);
    expect(data.labels).toEqual(Uint8Array.of(4, 2));
    expect(totals.at(-1)).toBe(gz.length);
  });

  it('names the file and the HTTP status on a 404', async () => {
    const fetchFn = respondWith(new Response('nope', { status: 404, statusText: 'Not Found' }));
    const result = fetchIdx('/data', IMAGES_FILE, 'images', undefined, undefined, fetchFn);
    await expect(result).rejects.toBeInstanceOf(DataFetchError);
    await expect(result).rejects.toThrow(`${IMAGES_FILE}: server answered 404 Not Found`);
  });

  it('rejects an HTML response by its content type', async () => {
    const headers = { 'content-type': 'text/html; charset=utf-8' };
    const fetchFn = respondWith(new Response(gzipSync(buildLabelFile([1])), { headers }));
    const result = fetchIdx('/data', IMAGES_FILE, 'images', undefined, undefined, fetchFn);
    await expect(result).rejects.toThrow(
      `${IMAGES_FILE}: server sent an HTML page instead of data`,
    );
  });

  it('rejects an HTML body served with a binary content type', async () => {
    const headers = { 'content-type': 'application/gzip' };
    const fetchFn = respondWith(new Response('<!DOCTYPE html><html></html>', { headers }));
    const result = fetchIdx('/data', IMAGES_FILE, 'images', undefined, undefined, fetchFn);
    await expect(result).rejects.toBeInstanceOf(DataFormatError);
    await expect(result).rejects.toThrow('server sent an HTML page instead of data');
  });

  it('names the file when the request itself fails', async () => {
    const fetchFn: FetchFn = async () => {
      throw new TypeError('fetch failed');
    };
    const result = fetchIdx('/data', IMAGES_FILE, 'images', undefined, undefined, fetchFn);
    await expect(result).rejects.toThrow(`${IMAGES_FILE}: request failed (fetch failed)`);
  });
});
