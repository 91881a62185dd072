import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CLASS_NAMES,
  DATA_FILES,
  loadFashionMnist,
  pairImagesLabels,
  type LoadProgress,
} from './dataset';
import { DataFormatError, type IdxImages, type IdxLabels } from './idx';
import { DataFetchError, type FetchFn } from './stream';
import { buildImageFile, buildLabelFile, patternPixels } from './test-fixtures';

const DATA_DIR = new URL('../../public/data/fashion-mnist/', import.meta.url);
const FILES = { images: DATA_FILES.trainImages, labels: DATA_FILES.trainLabels };

/** Small gzipped stand-ins for the four files: 3 training and 2 test images. */
const FIXTURES: Record<string, Uint8Array<ArrayBuffer>> = {
  [DATA_FILES.trainImages]: gzipSync(buildImageFile(3)),
  [DATA_FILES.trainLabels]: gzipSync(buildLabelFile([0, 5, 9])),
  [DATA_FILES.testImages]: gzipSync(buildImageFile(2)),
  [DATA_FILES.testLabels]: gzipSync(buildLabelFile([7, 1])),
};

/** A fetch that serves `files` by name, with Content-Length unless the name is in `noLength`. */
function fakeFetch(
  files: Record<string, Uint8Array<ArrayBuffer>>,
  noLength: string[] = [],
): FetchFn {
  return async (url) => {
    const name = url.slice(url.lastIndexOf('/') + 1);
    const body = files[name];
    if (!body) return new Response('missing', { status: 404, statusText: 'Not Found' });
    const headers: Record<string, string> = noLength.includes(name)
      ? {}
      : { 'content-length': String(body.length) };
    return new Response(body, { headers });
  };
}

function images(count: number): IdxImages {
  return { kind: 'images', count, rows: 28, cols: 28, pixels: patternPixels(count) };
}

function labels(count: number): IdxLabels {
  return { kind: 'labels', count, labels: new Uint8Array(count) };
}

describe('pairImagesLabels', () => {
  it('pairs files with equal counts', () => {
    const paired = pairImagesLabels(images(2), labels(2), FILES);
    expect(paired).toEqual({ images: patternPixels(2), labels: new Uint8Array(2), count: 2 });
  });

  it('rejects mismatched counts, naming both files and both counts', () => {
    expect(() => pairImagesLabels(images(3), labels(2), FILES)).toThrow(
      new DataFormatError(FILES.images, `has 3 images but ${FILES.labels} has 2 labels`),
    );
    expect(() => pairImagesLabels(images(3), labels(2), FILES)).toThrow(
      'train-images-idx3-ubyte.gz: has 3 images but train-labels-idx1-ubyte.gz has 2 labels',
    );
  });
});

describe('CLASS_NAMES', () => {
  it('names the ten classes in label order', () => {
    expect(CLASS_NAMES).toHaveLength(10);
    expect([CLASS_NAMES[0], CLASS_NAMES[9]]).toEqual(['T-shirt/top', 'Ankle boot']);
  });
});

describe('loadFashionMnist', () => {
  it('loads all four files and sums their progress', async () => {
    const calls: LoadProgress[] = [];
    const data = await loadFashionMnist(
      '/data',
      (p) => calls.push(p),
      undefined,
      fakeFetch(FIXTURES),
    );
    expect(data.train).toEqual({
      images: patternPixels(3),
      labels: Uint8Array.of(0, 5, 9),
      count: 3,
    });
    expect(data.test.count).toBe(2);
    const allBytes = Object.values(FIXTURES).reduce((sum, f) => sum + f.length, 0);
    expect(calls.at(-1)).toEqual({
      bytesLoaded: allBytes,
      bytesTotal: allBytes,
      imagesLoaded: 5,
      imagesTotal: 5,
    });
    expect(calls.every((p) => p.imagesTotal === 70_000 || p.imagesTotal === 5)).toBe(true);
  });

  it('reports bytesTotal as null when a Content-Length is missing', async () => {
    const calls: LoadProgress[] = [];
    const fetchFn = fakeFetch(FIXTURES, [DATA_FILES.testLabels]);
    await loadFashionMnist('/data', (p) => calls.push(p), undefined, fetchFn);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((p) => p.bytesTotal === null)).toBe(true);
  });

  it('rejects when an image and label file disagree on the count', async () => {
    const files = { ...FIXTURES, [DATA_FILES.testLabels]: gzipSync(buildLabelFile([7, 1, 2])) };
    await expect(loadFashionMnist('/data', undefined, undefined, fakeFetch(files))).rejects.toThrow(
      't10k-images-idx3-ubyte.gz: has 2 images but t10k-labels-idx1-ubyte.gz has 3 labels',
    );
  });

  it('fails with the first error and cancels the other downloads', async () => {
    const cancelled: string[] = [];
    const fetchFn: FetchFn = async (url) => {
      if (url.endsWith(DATA_FILES.trainLabels)) {
        return new Response('', { status: 404, statusText: 'Not Found' });
      }
      const stalled = new ReadableStream<Uint8Array>({
        start: (c) => c.enqueue(FIXTURES[DATA_FILES.trainImages].subarray(0, 10)),
        pull: () => new Promise<void>(() => {}),
        cancel: () => void cancelled.push(url),
      });
      return new Response(stalled);
    };
    const result = loadFashionMnist('/data', undefined, undefined, fetchFn);
    await expect(result).rejects.toBeInstanceOf(DataFetchError);
    await expect(result).rejects.toThrow(`${DATA_FILES.trainLabels}: server answered 404`);
    await expect.poll(() => cancelled.length).toBe(3);
  });

  it('rejects with the abort reason when stopped', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by user'));
    const result = loadFashionMnist('/data', undefined, controller.signal, fakeFetch(FIXTURES));
    await expect(result).rejects.toThrow('stopped by user');
  });

  it('loads the real Fashion-MNIST files', { timeout: 60_000 }, async () => {
    const fetchFn: FetchFn = async (url) => {
      const file = new URL(url.slice(url.lastIndexOf('/') + 1), DATA_DIR);
      const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      const headers = { 'content-length': String(statSync(file).size) };
      return new Response(body, { headers });
    };
    let last: LoadProgress | null = null;
    const data = await loadFashionMnist('/data', (p) => (last = p), undefined, fetchFn);
    expect([data.train.count, data.test.count]).toEqual([60_000, 10_000]);
    expect(data.train.images.length).toBe(60_000 * 784);
    const perClass = new Array<number>(10).fill(0);
    data.train.labels.forEach((label) => perClass[label]++);
    expect(perClass).toEqual(new Array<number>(10).fill(6000));
    expect(last).toMatchObject({ imagesLoaded: 70_000, imagesTotal: 70_000 });
    expect(last!.bytesLoaded).toBe(last!.bytesTotal);
  });
});
