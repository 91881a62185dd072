/**
 * The floor under the app's dataset load: the same four files fetched in the page and gunzipped
 * with DecompressionStream, their bytes counted and dropped, with no parsing and no copying.
 * A server may send the .gz files with `Content-Encoding: gzip` (`vite preview` does), and then
 * the browser has gunzipped them already, as it has for the app's loader: like the app, this
 * looks at the first bytes and gunzips only what still is gzip.
 */
import { DATA_FILES } from '../data/dataset';

/** Bytes of the four files once gunzipped: IDX headers plus 70,000 images and labels. */
export const DATASET_BYTES = 16 + 60_000 * 784 + 8 + 60_000 + 16 + 10_000 * 784 + 8 + 10_000;
const GZIP_MAGIC = [0x1f, 0x8b];

/** Who removed the gzip layer: the page's DecompressionStream, or the browser's HTTP stack. */
export type Gunzipped = 'DecompressionStream' | 'Content-Encoding';

/** Bytes read from `stream` to the end. */
async function count(stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
  }
}

async function drain(url: string): Promise<{ bytes: number; gunzipped: Gunzipped }> {
  // no-store: straight from the server, as the app's first load finds it, and the HTTP cache
  // is left as it was.
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < GZIP_MAGIC.length && !ended) {
    const { done, value } = await reader.read();
    if (done) ended = true;
    else {
      head.push(value);
      headLength += value.byteLength;
    }
  }
  const first = new Uint8Array(head.flatMap((chunk) => [...chunk.subarray(0, 2)])).subarray(0, 2);
  const gzip = GZIP_MAGIC.every((byte, i) => first[i] === byte);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
      if (ended) controller.close();
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
  return gzip
    ? {
        bytes: await count(
          body.pipeThrough(
            new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>,
          ),
        ),
        gunzipped: 'DecompressionStream',
      }
    : { bytes: await count(body), gunzipped: 'Content-Encoding' };
}

/** Fetches and gunzips the four files concurrently; resolves with the wall time in ms. */
export async function bareFetch(baseUrl: string): Promise<{ ms: number; gunzipped: Gunzipped }> {
  const started = performance.now();
  const files = await Promise.all(
    Object.values(DATA_FILES).map((file) => drain(new URL(file, baseUrl).href)),
  );
  const ms = performance.now() - started;
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  if (bytes !== DATASET_BYTES)
    throw new Error(`The four files gunzipped to ${bytes} bytes, not ${DATASET_BYTES}.`);
  const ways = new Set(files.map((file) => file.gunzipped));
  return { ms, gunzipped: ways.size === 1 ? files[0].gunzipped : 'DecompressionStream' };
}
