import type { ReadChunks } from '../cli/stream-round.js';

/** In-memory files handed out `size` characters at a time, like a file read in small chunks. */
export function memoryChunks(files: Readonly<Record<string, string>>, size: number): ReadChunks {
  return (path) => {
    const text = files[path];
    if (text === undefined)
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
    return chunks;
  };
}
