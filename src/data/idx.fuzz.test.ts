/**
 * Property tests of the IDX parser against untrusted bytes: random files, valid files mutated,
 * headers with hostile counts, random chunkings and gzip-looking garbage. Whatever arrives, the
 * parser either returns exactly what a valid file holds or throws a DataFormatError naming the
 * file; it never throws anything else, never hangs, and never allocates from a header's claim.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DataFormatError,
  IMAGE_MAGIC,
  IMAGE_SIDE,
  IdxStreamParser,
  LABEL_MAGIC,
  MAX_ITEMS,
  NUM_CLASSES,
  type IdxData,
  type IdxKind,
} from './idx';
import { DataFetchError, streamIdx } from './stream';
import { buildImageFile, buildLabelFile, splitAt, streamOf } from './test-fixtures';

const FILE = 'fuzzed-idx3-ubyte.gz';
const INT32_BYTES = 4;
const HEADER_BYTES: Record<IdxKind, number> = { images: 16, labels: 8 };
const ITEM_BYTES: Record<IdxKind, number> = { images: IMAGE_SIDE * IMAGE_SIDE, labels: 1 };
const MAGIC: Record<IdxKind, number> = { images: IMAGE_MAGIC, labels: LABEL_MAGIC };
const MAX_UINT32 = 2 ** 32 - 1;
const MB = 1024 * 1024;
/** A hostile header must not cost more than this much memory, nor take longer than this. */
const MAX_ALLOCATION_BYTES = 50 * MB;
const MAX_HEADER_MS = 50;
/** A few items keep each generated file small enough for thousands of runs. */
const MAX_VALID_ITEMS = 3;

const kindArb = fc.constantFrom<IdxKind>('images', 'labels');

/** A header int32: any value, biased towards the interesting ones (read back as unsigned). */
const int32Arb = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(0, 1, -1, 2 ** 31 - 1, -(2 ** 31), MAX_ITEMS, MAX_ITEMS + 1, IMAGE_SIDE),
  fc.constantFrom(IMAGE_MAGIC, LABEL_MAGIC),
);

/** One way of damaging a file; positions are taken modulo the file's length. */
const mutationArb = fc.oneof(
  fc.record({ type: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
  fc.record({ type: fc.constant('overwrite' as const), at: fc.nat(), byte: fc.nat({ max: 255 }) }),
  fc.record({ type: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('append' as const), bytes: fc.uint8Array({ maxLength: 800 }) }),
  fc.record({ type: fc.constant('header' as const), field: fc.nat({ max: 3 }), value: int32Arb }),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const out = bytes.slice();
  const at = bytes.length === 0 ? 0 : ('at' in m ? m.at : 0) % bytes.length;
  switch (m.type) {
    case 'flip':
      if (out.length > 0) out[at] ^= 1 << m.bit;
      return out;
    case 'overwrite':
      if (out.length > 0) out[at] = m.byte;
      return out;
    case 'truncate':
      return out.slice(0, at);
    case 'append':
      return Uint8Array.from([...out, ...m.bytes]);
    case 'header': {
      const offset = m.field * INT32_BYTES;
      if (offset + INT32_BYTES <= out.length) new DataView(out.buffer).setInt32(offset, m.value);
      return out;
    }
  }
}

/** A file of either kind, to be parsed as that kind. */
interface KindedBytes {
  kind: IdxKind;
  bytes: Uint8Array;
}

/** A valid small file of either kind. */
const validFileArb: fc.Arbitrary<KindedBytes> = fc.oneof(
  fc
    .nat({ max: MAX_VALID_ITEMS })
    .map((n) => ({ kind: 'images' as const, bytes: buildImageFile(n) })),
  fc
    .array(fc.nat({ max: NUM_CLASSES - 1 }), { maxLength: 40 })
    .map((labels) => ({ kind: 'labels' as const, bytes: buildLabelFile(labels) })),
);

const mutatedFileArb = fc
  .tuple(validFileArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
  .map(([file, mutations]) => ({ kind: file.kind, bytes: mutations.reduce(mutate, file.bytes) }));

/** Random bytes that start with the right magic number, so the rest of the header is reached. */
const magicPrefixedArb = kindArb.chain((kind) =>
  fc.uint8Array({ maxLength: 3000 }).map((rest) => {
    const bytes = new Uint8Array(INT32_BYTES + rest.length);
    new DataView(bytes.buffer).setUint32(0, MAGIC[kind]);
    bytes.set(rest, INT32_BYTES);
    return { kind, bytes };
  }),
);

/** Cut points for splitting a file into chunks, taken modulo its length. */
const cutsArb = fc.array(fc.nat(), { maxLength: 8 });

/** `bytes` in chunks of `size` (the last may be shorter; none if `bytes` is empty). */
function chunksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
  return chunks;
}

function chunk(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const offsets = cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b);
  return splitAt(bytes, offsets);
}

/** What a correct parser returns for `bytes`, decided on the whole file at once; null if bad. */
function reference(kind: IdxKind, bytes: Uint8Array): IdxData | null {
  const headerBytes = HEADER_BYTES[kind];
  if (bytes.length < headerBytes) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const field = (i: number): number => view.getUint32(i * INT32_BYTES);
  const count = field(1);
  if (field(0) !== MAGIC[kind] || count > MAX_ITEMS) return null;
  if (kind === 'images' && (field(2) !== IMAGE_SIDE || field(3) !== IMAGE_SIDE)) return null;
  if (bytes.length !== headerBytes + count * ITEM_BYTES[kind]) return null;
  const body = bytes.slice(headerBytes);
  if (kind === 'labels')
    return body.every((label) => label < NUM_CLASSES) ? { kind, count, labels: body } : null;
  return { kind, count, rows: IMAGE_SIDE, cols: IMAGE_SIDE, pixels: body };
}

function isOwnError(error: unknown): boolean {
  return (
    error instanceof DataFormatError && error.file === FILE && error.message.startsWith(`${FILE}: `)
  );
}

/** The value `action` returns, or the error it throws, kept apart from assertion failures. */
function attempt<T>(action: () => T): { value: T } | { error: unknown } {
  try {
    return { value: action() };
  } catch (error) {
    return { error };
  }
}

/** Parses `bytes` cut at `cuts`: the reference's result, or a DataFormatError where it has none. */
function expectParsedLikeReference(kind: IdxKind, bytes: Uint8Array, cuts: number[]): void {
  const expected = reference(kind, bytes);
  const outcome = attempt(() => {
    const parser = new IdxStreamParser(FILE, kind);
    for (const part of chunk(bytes, cuts)) parser.push(part);
    return parser.finish();
  });
  if ('error' in outcome) {
    expect(outcome.error).toSatisfy(isOwnError);
    expect(expected).toBeNull();
  } else {
    expect(expected).not.toBeNull();
    expect(summarise(outcome.value)).toEqual(summarise(expected as IdxData));
  }
}

/** The data with its bytes as base64: compares in microseconds where toEqual on bytes is slow. */
function summarise(data: IdxData): object {
  const body = data.kind === 'images' ? data.pixels : data.labels;
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.length).toString('base64');
  return { ...data, pixels: undefined, labels: undefined, length: body.length, bytes };
}

function header(kind: IdxKind, count: number): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES[kind]);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC[kind]);
  view.setUint32(INT32_BYTES, count);
  if (kind === 'images') {
    view.setUint32(2 * INT32_BYTES, IMAGE_SIDE);
    view.setUint32(3 * INT32_BYTES, IMAGE_SIDE);
  }
  return bytes;
}

describe('IdxStreamParser on untrusted bytes', () => {
  it('parses random bytes like the reference, or throws a DataFormatError', () => {
    fc.assert(
      fc.property(kindArb, fc.uint8Array({ maxLength: 3000 }), cutsArb, expectParsedLikeReference),
      { seed: 0x1d8, numRuns: 1000 },
    );
  });

  it('parses random bytes behind a correct magic number like the reference', () => {
    fc.assert(
      fc.property(magicPrefixedArb, cutsArb, ({ kind, bytes }, cuts) =>
        expectParsedLikeReference(kind, bytes, cuts),
      ),
      { seed: 0x1d9, numRuns: 1000 },
    );
  });

  it('parses valid files in any chunking, and mutated ones like the reference', () => {
    fc.assert(
      fc.property(validFileArb, cutsArb, ({ kind, bytes }, cuts) => {
        expect(reference(kind, bytes)).not.toBeNull();
        expectParsedLikeReference(kind, bytes, cuts);
      }),
      { seed: 0x1da, numRuns: 500 },
    );
    fc.assert(
      fc.property(mutatedFileArb, cutsArb, ({ kind, bytes }, cuts) =>
        expectParsedLikeReference(kind, bytes, cuts),
      ),
      { seed: 0x1db, numRuns: 3000 },
    );
  });

  it('parses a file larger than its first allocation in any chunking', () => {
    const images = 1400; // 1.1 MB of pixels: the output array has to grow while bytes arrive
    const bytes = buildImageFile(images);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) =>
        expectParsedLikeReference('images', bytes, cuts),
      ),
      { seed: 0x1de, numRuns: 40 },
    );
  });

  it('rejects a count above MAX_ITEMS as soon as the header is complete', () => {
    fc.assert(
      fc.property(kindArb, fc.integer({ min: MAX_ITEMS + 1, max: MAX_UINT32 }), (kind, count) => {
        const parser = new IdxStreamParser(FILE, kind);
        const bytes = header(kind, count);
        parser.push(bytes.subarray(0, -1));
        const outcome = attempt(() => parser.push(bytes.subarray(-1)));
        const error = 'error' in outcome ? outcome.error : null;
        expect(error).toSatisfy(isOwnError);
        expect(String(error)).toContain(`header declares ${count} ${kind}, more than the limit`);
      }),
      { seed: 0x1dc, numRuns: 300 },
    );
  });

  it('allocates from the bytes that arrive, not from the count a header claims', () => {
    const countArb = fc.oneof(
      fc.constantFrom(MAX_ITEMS, MAX_ITEMS - 1, 2 ** 31 - 1, MAX_UINT32),
      fc.integer({ min: 1, max: MAX_UINT32 }),
    );
    fc.assert(
      fc.property(kindArb, countArb, fc.uint8Array({ maxLength: 100 }), (kind, count, body) => {
        const started = performance.now();
        const before = process.memoryUsage().arrayBuffers;
        const parser = new IdxStreamParser(FILE, kind);
        let grown = 0;
        const outcome = attempt(() => {
          parser.push(header(kind, count));
          parser.push(body.map((b) => b % NUM_CLASSES));
          // Measured while the parser, and whatever it allocated, is still alive.
          grown = process.memoryUsage().arrayBuffers - before;
          return parser.finish();
        });
        const elapsed = performance.now() - started;
        if ('error' in outcome) expect(outcome.error).toSatisfy(isOwnError);
        expect(grown).toBeLessThan(MAX_ALLOCATION_BYTES);
        expect(elapsed).toBeLessThan(MAX_HEADER_MS);
      }),
      { seed: 0x1dd, numRuns: 200 },
    );
  });
});

describe('streamIdx on untrusted bytes', () => {
  const chunkSizeArb = fc.integer({ min: 1, max: 600 });

  it('rejects gzip magic followed by garbage with a DataFormatError', async () => {
    await fc.assert(
      fc.asyncProperty(
        kindArb,
        fc.uint8Array({ maxLength: 2000 }),
        chunkSizeArb,
        async (kind, rest, size) => {
          const body = streamOf(Uint8Array.from([0x1f, 0x8b, ...rest]), size);
          const outcome = await streamIdx(FILE, body, kind).catch((e: unknown) => e);
          expect(outcome).toSatisfy(isOwnError);
        },
      ),
      { seed: 0x6a1, numRuns: 300 },
    );
  });

  it('parses damaged gzip of a valid file consistently with its header, or rejects', async () => {
    const damagedArb = fc
      .tuple(validFileArb, fc.array(mutationArb, { minLength: 1, maxLength: 2 }))
      .map(([file, mutations]) => ({
        kind: file.kind,
        bytes: mutations.filter((m) => m.type !== 'header').reduce(mutate, gzipSync(file.bytes)),
      }));
    await fc.assert(
      fc.asyncProperty(damagedArb, chunkSizeArb, async ({ kind, bytes }, size) => {
        const outcome = await streamIdx(FILE, streamOf(bytes, size), kind).catch((e: unknown) => e);
        if (outcome instanceof Error) {
          expect(outcome).toSatisfy(isOwnError);
          return;
        }
        const data = outcome as IdxData;
        const body = data.kind === 'images' ? data.pixels : data.labels;
        expect(body.length).toBe(data.count * ITEM_BYTES[kind]);
        if (data.kind === 'labels') expect(data.labels.every((l) => l < NUM_CLASSES)).toBe(true);
      }),
      { seed: 0x6a2, numRuns: 300 },
    );
  });

  it('reports a body that fails mid-download as a DataFetchError or bad data', async () => {
    const failingArb = fc.tuple(mutatedFileArb, fc.boolean(), fc.nat(), chunkSizeArb);
    await fc.assert(
      fc.asyncProperty(failingArb, async ([{ kind, bytes }, gzipped, cut, size]) => {
        const sent = gzipped ? gzipSync(bytes) : bytes;
        const chunks = chunksOf(sent.subarray(0, cut % (sent.length + 1)), size);
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            const next = chunks.shift();
            if (next) controller.enqueue(next);
            else controller.error(new TypeError('connection reset'));
          },
        });
        const error = await streamIdx(FILE, body, kind).catch((e: unknown) => e);
        expect(error instanceof DataFetchError || isOwnError(error)).toBe(true);
      }),
      { seed: 0x6a3, numRuns: 300 },
    );
  });
});
