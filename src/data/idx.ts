/**
 * Incremental parser for the IDX format used by (Fashion-)MNIST.
 *
 * An IDX file is a big-endian header (magic number, item count, then one int32 per extra
 * dimension) followed by the raw unsigned bytes. The parser accepts chunks as they come off the
 * network, so the whole file is never buffered: bytes are copied straight into the output array,
 * which grows (at most doubling) as they arrive. A header's item count alone therefore never makes
 * the parser allocate more than INITIAL_BODY_BYTES or twice the bytes it has been sent.
 */

/** Magic number of an IDX image file: unsigned bytes (0x08), 3 dimensions (count, rows, cols). */
export const IMAGE_MAGIC = 2051;
/** Magic number of an IDX label file: unsigned bytes (0x08), 1 dimension (count). */
export const LABEL_MAGIC = 2049;
/** Width and height of every Fashion-MNIST image, in pixels. */
export const IMAGE_SIDE = 28;
/** Number of classes; labels are integers in 0..NUM_CLASSES-1. */
export const NUM_CLASSES = 10;
/**
 * Largest item count a header may declare. Fashion-MNIST has 60,000 training items; the cap stops
 * a corrupt header from making the parser allocate gigabytes.
 */
export const MAX_ITEMS = 1_000_000;
/**
 * Size of the output array once the header is known (or the declared size, if smaller). A header
 * may declare up to MAX_ITEMS × 784 bytes (784 MB); the array grows towards that only as bytes
 * arrive, so a corrupt header costs no more than this.
 */
const INITIAL_BODY_BYTES = 1024 * 1024;
const GROWTH_FACTOR = 2;

/** First two bytes of every gzip stream (RFC 1952). */
const GZIP_ID1 = 0x1f;
const GZIP_ID2 = 0x8b;
const INT32_BYTES = 4;
/** Header int32 fields: images have magic, count, rows, cols; labels have magic, count. */
const IMAGE_HEADER_FIELDS = 4;
const LABEL_HEADER_FIELDS = 2;
const MAGIC_FIELD = 0;
const COUNT_FIELD = 1;
const ROWS_FIELD = 2;
const COLS_FIELD = 3;

/** Which of the two IDX layouts a file holds. */
export type IdxKind = 'images' | 'labels';

/** A parsed image file: `pixels` holds `count` images of `rows`×`cols` bytes (0..255), row-major. */
export interface IdxImages {
  kind: 'images';
  count: number;
  rows: number;
  cols: number;
  pixels: Uint8Array;
}

/** A parsed label file: `labels` holds `count` class indices, each in 0..NUM_CLASSES-1. */
export interface IdxLabels {
  kind: 'labels';
  count: number;
  labels: Uint8Array;
}

/** Result of parsing one IDX file, discriminated on `kind`. */
export type IdxData = IdxImages | IdxLabels;

/** The result type for a given kind: `IdxOf<'images'>` is `IdxImages`. */
export type IdxOf<K extends IdxKind> = Extract<IdxData, { kind: K }>;

/** The bytes of a file are not what was expected. `file` is the file name the data came from. */
export class DataFormatError extends Error {
  readonly file: string;

  /** `problem` completes the message, which reads `<file>: <problem>`. */
  constructor(file: string, problem: string, options?: ErrorOptions) {
    super(`${file}: ${problem}`, options);
    this.name = 'DataFormatError';
    this.file = file;
  }
}

/** True when `firstBytes` starts with the gzip magic bytes 0x1f 0x8b. */
export function isGzip(firstBytes: Uint8Array): boolean {
  return firstBytes.length >= 2 && firstBytes[0] === GZIP_ID1 && firstBytes[1] === GZIP_ID2;
}

const LAYOUTS = {
  images: { magic: IMAGE_MAGIC, headerFields: IMAGE_HEADER_FIELDS },
  labels: { magic: LABEL_MAGIC, headerFields: LABEL_HEADER_FIELDS },
} as const;

/**
 * Parses one IDX file fed in chunks split at any byte boundary.
 *
 * `push` throws a DataFormatError as soon as the bytes seen so far are wrong (bad magic, bad
 * dimensions, too many items, a label outside 0..9, bytes past the declared end); `finish`
 * throws if the file stopped early.
 */
export class IdxStreamParser<K extends IdxKind = IdxKind> {
  readonly file: string;
  readonly kind: K;
  private readonly header: Uint8Array;
  private headerFilled = 0;
  private count = 0;
  private rows = 1;
  private cols = 1;
  /** Body bytes the header declares: count × rows × cols. */
  private bodyBytes = 0;
  /** The body received so far, in an array of at most bodyBytes; null until the header is parsed. */
  private body: Uint8Array | null = null;
  private bodyFilled = 0;

  constructor(file: string, kind: K) {
    if (!(kind in LAYOUTS)) throw new TypeError(`${file}: unknown IDX kind ${String(kind)}`);
    this.file = file;
    this.kind = kind;
    this.header = new Uint8Array(LAYOUTS[kind].headerFields * INT32_BYTES);
  }

  /** Number of complete items (images or labels) received so far. */
  get itemsReceived(): number {
    return this.body === null ? 0 : Math.floor(this.bodyFilled / this.itemBytes());
  }

  /** Item count declared by the header, or null while the header is incomplete. */
  get expectedItems(): number | null {
    return this.body === null ? null : this.count;
  }

  /** Consumes the next bytes of the file. The chunk is copied, so the caller may reuse it. */
  push(chunk: Uint8Array): void {
    let offset = 0;
    if (this.body === null) {
      const taken = Math.min(chunk.length, this.header.length - this.headerFilled);
      this.header.set(chunk.subarray(0, taken), this.headerFilled);
      this.headerFilled += taken;
      offset = taken;
      if (this.headerFilled < this.header.length) return;
      this.body = this.parseHeader();
    }
    const rest = chunk.subarray(offset);
    const room = this.bodyBytes - this.bodyFilled;
    if (rest.length > room) {
      const declaredEnd = this.header.length + this.bodyBytes;
      throw new DataFormatError(
        this.file,
        `unexpected data after the declared end: the header declares ${this.count} ${this.kind} ` +
          `(${declaredEnd} bytes in all) but more bytes follow`,
      );
    }
    if (this.kind === 'labels') this.checkLabels(rest, this.bodyFilled);
    this.body = this.reserve(this.body, this.bodyFilled + rest.length);
    this.body.set(rest, this.bodyFilled);
    this.bodyFilled += rest.length;
  }

  /** Returns the parsed file; throws a DataFormatError if the header or body is incomplete. */
  finish(): IdxOf<K> {
    if (this.body === null) {
      const problem =
        this.headerFilled === 0
          ? 'file is empty'
          : `truncated header: got ${this.headerFilled} of ${this.header.length} header bytes`;
      throw new DataFormatError(this.file, problem);
    }
    if (this.bodyFilled < this.bodyBytes) {
      throw new DataFormatError(
        this.file,
        `truncated: expected ${this.count} ${this.kind} (${this.bodyBytes} bytes after the ` +
          `header) but got ${this.itemsReceived} complete ${this.kind} (${this.bodyFilled} bytes)`,
      );
    }
    const result: IdxData =
      this.kind === 'images'
        ? { kind: 'images', count: this.count, rows: this.rows, cols: this.cols, pixels: this.body }
        : { kind: 'labels', count: this.count, labels: this.body };
    return result as IdxOf<K>;
  }

  private itemBytes(): number {
    return this.rows * this.cols;
  }

  /**
   * Validates the complete header and allocates the start of the body; nothing is allocated if
   * the header is wrong. Once the body is complete it is exactly bodyBytes long (see reserve).
   */
  private parseHeader(): Uint8Array {
    const view = new DataView(this.header.buffer);
    const field = (index: number): number => view.getUint32(index * INT32_BYTES);
    const { magic } = LAYOUTS[this.kind];
    const actualMagic = field(MAGIC_FIELD);
    if (actualMagic !== magic) {
      const hint = isGzip(this.header) ? '; the data is still gzip-compressed' : '';
      throw new DataFormatError(
        this.file,
        `wrong magic number ${actualMagic} (expected ${magic} for ${this.kind}${hint})`,
      );
    }
    this.count = field(COUNT_FIELD);
    if (this.count > MAX_ITEMS) {
      throw new DataFormatError(
        this.file,
        `header declares ${this.count} ${this.kind}, more than the limit of ${MAX_ITEMS}`,
      );
    }
    if (this.kind === 'images') {
      this.rows = field(ROWS_FIELD);
      this.cols = field(COLS_FIELD);
      if (this.rows !== IMAGE_SIDE || this.cols !== IMAGE_SIDE) {
        throw new DataFormatError(
          this.file,
          `images are ${this.rows} rows × ${this.cols} cols (expected ${IMAGE_SIDE} × ${IMAGE_SIDE})`,
        );
      }
    }
    this.bodyBytes = this.count * this.itemBytes();
    return new Uint8Array(Math.min(this.bodyBytes, INITIAL_BODY_BYTES));
  }

  /** `body`, or a larger copy of it with room for `needed` bytes and never more than bodyBytes. */
  private reserve(body: Uint8Array, needed: number): Uint8Array {
    if (needed <= body.length) return body;
    const grown = new Uint8Array(
      Math.min(this.bodyBytes, Math.max(needed, body.length * GROWTH_FACTOR)),
    );
    grown.set(body.subarray(0, this.bodyFilled));
    return grown;
  }

  private checkLabels(bytes: Uint8Array, firstIndex: number): void {
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] >= NUM_CLASSES) {
        throw new DataFormatError(
          this.file,
          `label ${firstIndex + i} is ${bytes[i]} (expected 0..${NUM_CLASSES - 1})`,
        );
      }
    }
  }
}
