import { describe, expect, it } from 'vitest';
import {
  DataFormatError,
  IMAGE_MAGIC,
  IdxStreamParser,
  LABEL_MAGIC,
  MAX_ITEMS,
  isGzip,
  type IdxData,
  type IdxKind,
} from './idx';
import { mulberry32 } from './split';
import {
  buildImageFile,
  buildLabelFile,
  concatBytes,
  patternPixels,
  splitAt,
} from './test-fixtures';

const IMAGES_FILE = 'train-images-idx3-ubyte.gz';
const LABELS_FILE = 'train-labels-idx1-ubyte.gz';

function parse(kind: IdxKind, chunks: Uint8Array[], file = IMAGES_FILE): IdxData {
  const parser = new IdxStreamParser(file, kind);
  for (const chunk of chunks) parser.push(chunk);
  return parser.finish();
}

/** Runs `action` and returns the DataFormatError it throws (failing if it throws nothing else). */
function formatError(action: () => unknown): DataFormatError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFormatError);
    return error as DataFormatError;
  }
  throw new Error('expected a DataFormatError, but nothing was thrown');
}

describe('IdxStreamParser', () => {
  it('parses a valid image file', () => {
    const data = parse('images', [buildImageFile(3)]);
    expect(data).toEqual({
      kind: 'images',
      count: 3,
      rows: 28,
      cols: 28,
      pixels: patternPixels(3),
    });
  });

  it('parses a valid label file', () => {
    const data = parse('labels', [buildLabelFile([9, 0, 3, 7])], LABELS_FILE);
    expect(data).toEqual({ kind: 'labels', count: 4, labels: Uint8Array.from([9, 0, 3, 7]) });
  });

  it('reports items received and the declared count as bytes arrive', () => {
    const parser = new IdxStreamParser(IMAGES_FILE, 'images');
    const [header, oneAndAHalf, rest] = splitAt(buildImageFile(3), [10, 16 + 784 * 1.5]);
    parser.push(header);
    expect(parser.expectedItems).toBeNull();
    expect(parser.itemsReceived).toBe(0);
    parser.push(oneAndAHalf);
    expect(parser.expectedItems).toBe(3);
    expect(parser.itemsReceived).toBe(1);
    parser.push(rest);
    expect(parser.itemsReceived).toBe(3);
  });

  it('rejects a wrong magic number, naming the file and both numbers', () => {
    const error = formatError(() => parse('images', [buildImageFile(1, { magic: 1234 })]));
    expect(error.file).toBe(IMAGES_FILE);
    expect(error.message).toBe(
      `${IMAGES_FILE}: wrong magic number 1234 (expected ${IMAGE_MAGIC} for images)`,
    );
  });

  it('rejects a label file parsed as images', () => {
    const error = formatError(() => parse('images', [buildLabelFile([1, 2, 3, 4, 5, 6, 7, 8])]));
    expect(error.message).toContain(`wrong magic number ${LABEL_MAGIC} (expected ${IMAGE_MAGIC}`);
  });

  it('rejects images that are not 28 × 28', () => {
    const error = formatError(() => parse('images', [buildImageFile(1, { rows: 27 })]));
    expect(error.message).toBe(`${IMAGES_FILE}: images are 27 rows × 28 cols (expected 28 × 28)`);
  });

  it('rejects a truncated header', () => {
    const error = formatError(() => parse('images', [buildImageFile(1).subarray(0, 10)]));
    expect(error.message).toBe(`${IMAGES_FILE}: truncated header: got 10 of 16 header bytes`);
  });

  it('rejects an empty file', () => {
    expect(formatError(() => parse('labels', [])).message).toContain('file is empty');
  });

  it('rejects a truncated body, naming expected and received counts', () => {
    const bytes = buildImageFile(3);
    const error = formatError(() => parse('images', [bytes.subarray(0, bytes.length - 100)]));
    expect(error.message).toBe(
      `${IMAGES_FILE}: truncated: expected 3 images (2352 bytes after the header) ` +
        'but got 2 complete images (2252 bytes)',
    );
  });

  it('throws on trailing garbage as soon as it is pushed', () => {
    const parser = new IdxStreamParser(LABELS_FILE, 'labels');
    parser.push(buildLabelFile([1, 2]));
    const error = formatError(() => parser.push(Uint8Array.of(0)));
    expect(error.message).toContain('unexpected data after the declared end');
    expect(error.message).toContain('2 labels (10 bytes in all)');
  });

  it('throws on trailing garbage inside the same chunk as valid data', () => {
    const bytes = concatBytes(buildLabelFile([1, 2]), Uint8Array.of(5));
    expect(() => parse('labels', [bytes], LABELS_FILE)).toThrow(/after the declared end/);
  });

  it('rejects a label outside 0..9, naming its index and value', () => {
    const error = formatError(() => parse('labels', [buildLabelFile([0, 9, 10])], LABELS_FILE));
    expect(error.message).toBe(`${LABELS_FILE}: label 2 is 10 (expected 0..9)`);
  });

  it('rejects a header claiming 2^31 items before allocating anything', () => {
    const header = buildLabelFile([], 2 ** 31);
    const parser = new IdxStreamParser(LABELS_FILE, 'labels');
    const before = process.memoryUsage().arrayBuffers;
    const error = formatError(() => parser.push(header));
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(error.message).toBe(
      `${LABELS_FILE}: header declares 2147483648 labels, more than the limit of ${MAX_ITEMS}`,
    );
    expect(grown).toBeLessThan(2 ** 20);
    expect(parser.expectedItems).toBeNull();
  });

  it('gives identical output for the file split at every single byte boundary', () => {
    const bytes = buildImageFile(2);
    const whole = parse('images', [bytes]);
    for (let at = 0; at <= bytes.length; at++) {
      expect(parse('images', splitAt(bytes, [at]))).toEqual(whole);
    }
  });

  it('gives identical output for labels split at every byte boundary', () => {
    const bytes = buildLabelFile([3, 1, 4, 1, 5, 9, 2, 6]);
    const whole = parse('labels', [bytes], LABELS_FILE);
    for (let at = 0; at <= bytes.length; at++) {
      expect(parse('labels', splitAt(bytes, [at]), LABELS_FILE)).toEqual(whole);
    }
  });

  it('gives identical output for random multi-point splits', () => {
    const bytes = buildImageFile(5);
    const whole = parse('images', [bytes]);
    const rand = mulberry32(42);
    for (let trial = 0; trial < 200; trial++) {
      const cuts = Array.from({ length: 1 + Math.floor(rand() * 20) }, () =>
        Math.floor(rand() * (bytes.length + 1)),
      ).sort((a, b) => a - b);
      expect(parse('images', splitAt(bytes, cuts))).toEqual(whole);
    }
  });
});

describe('isGzip', () => {
  it('recognises the gzip magic bytes and nothing else', () => {
    expect(isGzip(Uint8Array.of(0x1f, 0x8b, 0x08))).toBe(true);
    expect(isGzip(Uint8Array.of(0x00, 0x00, 0x08, 0x03))).toBe(false);
    expect(isGzip(Uint8Array.of(0x1f))).toBe(false);
    expect(isGzip(new Uint8Array(0))).toBe(false);
  });
});
