/**
 * Streams one IDX file from a network body into an IdxStreamParser, gunzipping on the fly when
 * the bytes are gzip-compressed, and reporting progress as the bytes arrive.
 */
import { DataFormatError, IdxStreamParser, isGzip, type IdxKind, type IdxOf } from './idx';

/** Minimum number of body bytes between two progress callbacks (64 KiB). */
export const PROGRESS_INTERVAL_BYTES = 64 * 1024;
/** Bytes needed to recognise the format: the two gzip magic bytes. */
const SNIFF_BYTES = 2;
const LESS_THAN = 0x3c; // '<', the first byte of any HTML page
const HTML_CONTENT_TYPE = 'text/html';

/** Progress of one file: `bytes` read from the body (compressed), items parsed so far. */
export interface StreamProgress {
  bytes: number;
  items: number;
  /** Item count declared by the header; null until the header has arrived. */
  expectedItems: number | null;
}

/** Progress of one fetched file: StreamProgress plus the body size in bytes, when known. */
export interface FetchProgress extends StreamProgress {
  bytesTotal: number | null;
}

/** The subset of `fetch` the loader needs; lets tests pass a fake. */
export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

/** The request for a file failed before any data arrived (network error or HTTP status). */
export class DataFetchError extends Error {
  readonly file: string;

  /** The message reads `<file>: <problem>`. */
  constructor(file: string, problem: string, options?: ErrorOptions) {
    super(`${file}: ${problem}`, options);
    this.name = 'DataFetchError';
    this.file = file;
  }
}

/** The message of an Error, or the value as text. */
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads the next chunk of a body, naming `file` if the download fails. */
async function readBody(
  file: string,
  source: ReadableStreamDefaultReader<Uint8Array>,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  try {
    return await source.read();
  } catch (cause) {
    throw new DataFetchError(file, `download interrupted (${errorText(cause)})`, { cause });
  }
}

/** Chunks read ahead to sniff the format; `head` is their first bytes, `done` if the body ended. */
interface Peeked {
  chunks: Uint8Array[];
  head: Uint8Array;
  done: boolean;
}

/** Reads chunks until at least SNIFF_BYTES are known; returns the chunks and their first bytes. */
async function peek(
  file: string,
  source: ReadableStreamDefaultReader<Uint8Array>,
): Promise<Peeked> {
  const chunks: Uint8Array[] = [];
  const head = new Uint8Array(SNIFF_BYTES);
  let headLength = 0;
  while (headLength < SNIFF_BYTES) {
    const { done, value } = await readBody(file, source);
    if (done) return { chunks, head: head.subarray(0, headLength), done: true };
    chunks.push(value);
    const taken = value.subarray(0, SNIFF_BYTES - headLength);
    head.set(taken, headLength);
    headLength += taken.length;
  }
  return { chunks, head, done: false };
}

/**
 * A stream that replays the peeked chunks, then the rest of `source`, calling `onRead` with the
 * size of every chunk read from `source`. A failed read errors the stream with a DataFetchError.
 */
function replayStream(
  file: string,
  source: ReadableStreamDefaultReader<Uint8Array>,
  peeked: Peeked,
  onRead: (byteCount: number) => void,
): ReadableStream<Uint8Array> {
  const pending = [...peeked.chunks];
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const queued = pending.shift();
      if (queued) return controller.enqueue(queued);
      if (peeked.done) return controller.close();
      const result = await readBody(file, source);
      if (result.done) return controller.close();
      onRead(result.value.length);
      controller.enqueue(result.value);
    },
    cancel: (reason) => source.cancel(reason),
  });
}

/** A gzip decompressor typed for Uint8Array chunks. */
function gunzip(): ReadableWritablePair<Uint8Array, Uint8Array> {
  const stream = new DecompressionStream('gzip');
  // The DOM lib types the input as BufferSource (ArrayBuffer-backed views only); body chunks are
  // typed Uint8Array<ArrayBufferLike> although a body never yields shared memory.
  return { readable: stream.readable, writable: stream.writable as WritableStream<Uint8Array> };
}

/**
 * Parses an IDX file from `body`, gunzipping it if its first bytes are the gzip magic, otherwise
 * parsing it as raw IDX (a server may already have removed the gzip layer).
 *
 * `onProgress` is called at most once per PROGRESS_INTERVAL_BYTES of body, and once at the end.
 * Rejects with a DataFormatError naming `file` for HTML, corrupt gzip or bad IDX data, with a
 * DataFetchError if reading the body fails, and with `signal.reason` when aborted (the body is
 * then cancelled).
 */
export async function streamIdx<K extends IdxKind>(
  file: string,
  body: ReadableStream<Uint8Array>,
  kind: K,
  onProgress?: (progress: StreamProgress) => void,
  signal?: AbortSignal,
): Promise<IdxOf<K>> {
  if (signal?.aborted) {
    await body.cancel(signal.reason).catch(() => {});
    throw signal.reason;
  }
  const parser = new IdxStreamParser(file, kind);
  const source = body.getReader();
  const onAbort = (): void => void source.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener('abort', onAbort);
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  try {
    const peeked = await peek(file, source);
    signal?.throwIfAborted();
    if (peeked.head[0] === LESS_THAN) {
      throw new DataFormatError(file, 'server sent an HTML page instead of data');
    }
    let bytes = peeked.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const counted = replayStream(file, source, peeked, (byteCount) => (bytes += byteCount));
    const gzipped = isGzip(peeked.head);
    reader = (gzipped ? counted.pipeThrough(gunzip()) : counted).getReader();
    const report = (): void =>
      onProgress?.({ bytes, items: parser.itemsReceived, expectedItems: parser.expectedItems });
    let reportedBytes = 0;
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (error instanceof DataFetchError || !gzipped) throw error;
        throw new DataFormatError(file, `not valid gzip data (${errorText(error)})`, {
          cause: error,
        });
      }
      signal?.throwIfAborted();
      if (result.done) break;
      parser.push(result.value);
      if (bytes - reportedBytes >= PROGRESS_INTERVAL_BYTES) {
        reportedBytes = bytes;
        report();
      }
    }
    const data = parser.finish();
    report();
    return data;
  } catch (error) {
    await (reader ?? source).cancel(error).catch(() => {});
    throw signal?.aborted ? signal.reason : error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Joins a base URL (absolute or path-only, with or without a trailing slash) and a file name. */
function joinUrl(baseUrl: string, file: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${file}`;
}

/** Body size in bytes from Content-Length, or null if absent or if the body is re-encoded. */
function bodyLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding !== 'identity') return null;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

/**
 * Fetches `<baseUrl>/<file>` and parses it with streamIdx. Rejects with a DataFetchError on a
 * network failure or a non-2xx status (`<file>: server answered 404 Not Found`), and with a
 * DataFormatError if the server sent HTML (e.g. a single-page-app fallback) or bad data.
 */
export async function fetchIdx<K extends IdxKind>(
  baseUrl: string,
  file: string,
  kind: K,
  onProgress?: (progress: FetchProgress) => void,
  signal?: AbortSignal,
  fetchFn: FetchFn = fetch,
): Promise<IdxOf<K>> {
  let response: Response;
  try {
    response = await fetchFn(joinUrl(baseUrl, file), { signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new DataFetchError(file, `request failed (${errorText(error)})`, { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const status = `${response.status} ${response.statusText}`.trim();
    throw new DataFetchError(file, `server answered ${status}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.toLowerCase().includes(HTML_CONTENT_TYPE)) {
    await response.body?.cancel().catch(() => {});
    throw new DataFormatError(file, 'server sent an HTML page instead of data');
  }
  if (response.body === null) throw new DataFormatError(file, 'server sent an empty response');
  const bytesTotal = bodyLength(response);
  const forward = onProgress && ((p: StreamProgress) => onProgress({ ...p, bytesTotal }));
  return streamIdx(file, response.body, kind, forward, signal);
}
