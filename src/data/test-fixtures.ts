/**
 * Builders of small IDX files and byte streams for the data tests. Pure, so they type-check with
 * the worker code, but only the tests import them.
 */
import { IMAGE_MAGIC, IMAGE_SIDE, LABEL_MAGIC, NUM_CLASSES } from './idx';

const INT32_BYTES = 4;
/** Multiplier that spreads pixel values so neighbouring images differ in every byte. */
const PIXEL_PATTERN_STEP = 31;
const BYTE_VALUES = 256;

function writeHeader(fields: number[]): Uint8Array {
  const header = new Uint8Array(fields.length * INT32_BYTES);
  const view = new DataView(header.buffer);
  fields.forEach((value, i) => view.setUint32(i * INT32_BYTES, value));
  return header;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Options for buildImageFile; defaults make a valid 28 × 28 file. */
export interface ImageFileOptions {
  magic?: number;
  rows?: number;
  cols?: number;
  /** Count written into the header; defaults to `count`. */
  declaredCount?: number;
}

/** Deterministic pixel bytes for `count` images of rows × cols. */
export function patternPixels(count: number, rows = IMAGE_SIDE, cols = IMAGE_SIDE): Uint8Array {
  return Uint8Array.from({ length: count * rows * cols }, (_, i) => {
    return (i * PIXEL_PATTERN_STEP + Math.floor(i / (rows * cols))) % BYTE_VALUES;
  });
}

/** An IDX image file holding `count` pattern images (see patternPixels). */
export function buildImageFile(count: number, options: ImageFileOptions = {}): Uint8Array {
  const { magic = IMAGE_MAGIC, rows = IMAGE_SIDE, cols = IMAGE_SIDE } = options;
  const header = writeHeader([magic, options.declaredCount ?? count, rows, cols]);
  return concat([header, patternPixels(count, rows, cols)]);
}

/** An IDX label file holding `labels`; `declaredCount` overrides the header's count. */
export function buildLabelFile(
  labels: number[],
  declaredCount = labels.length,
  magic = LABEL_MAGIC,
): Uint8Array {
  return concat([writeHeader([magic, declaredCount]), Uint8Array.from(labels)]);
}

/** Joins byte arrays end to end. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  return concat(parts);
}

/** Splits `bytes` at the given ascending offsets. */
export function splitAt(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const bounds = [0, ...offsets, bytes.length];
  return bounds.slice(1).map((end, i) => bytes.slice(bounds[i], end));
}

/** A ReadableStream yielding `bytes` in chunks of `chunkSize` (the last may be shorter). */
export function streamOf(bytes: Uint8Array, chunkSize: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/** Balanced labels: `perClass` rows of each class, interleaved 0, 1, ..., 9, 0, 1, ... */
export function balancedLabels(perClass: number, classes = NUM_CLASSES): Uint8Array {
  return Uint8Array.from({ length: perClass * classes }, (_, i) => i % classes);
}
