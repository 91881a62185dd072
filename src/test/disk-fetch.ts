/** A fetch for Node tests that serves the app's real dataset files from public/. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

export async function diskFetch(url: string | URL | Request): Promise<Response> {
  const path = resolve(PUBLIC_DIR, new URL(String(url)).pathname.replace(/^\//, ''));
  if (!existsSync(path)) return new Response('not found', { status: 404, statusText: 'Not Found' });
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { 'content-length': String(statSync(path).size) } });
}

export const DISK_DATA_URL = 'http://localhost/data/fashion-mnist/';
