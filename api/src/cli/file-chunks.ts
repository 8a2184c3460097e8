import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 1 << 20;

/**
 * A file's text in 1 MiB chunks, read synchronously: `./jicai evaluate` has nothing else to do
 * meanwhile, and a synchronous reader keeps the command's logic a plain function. The decoder holds
 * back a character split between two reads; invalid UTF-8 becomes U+FFFD, as in readFileSync.
 */
export function* fileChunks(path: string): Generator<string, void, undefined> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const decoder = new StringDecoder('utf8');
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      const text = decoder.write(buffer.subarray(0, n));
      if (text !== '') yield text;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}
