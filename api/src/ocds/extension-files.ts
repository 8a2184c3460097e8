import { readFile } from 'node:fs/promises';

/**
 * The extension's folder in the sources (`api/src/ocds/extension/`): the files are data, not code,
 * so the build does not copy them; this path resolves to the same folder from `src/ocds/` (tests)
 * and from `dist/ocds/` (the built server), both two levels below `api/`.
 */
const FOLDER = new URL('../../src/ocds/extension/', import.meta.url);

const cache = new Map<string, Promise<string>>();

/** One file of the extension (a name from the fixed list the route accepts), read once. */
export function readExtensionFile(name: string): Promise<string> {
  let text = cache.get(name);
  if (!text) {
    text = readFile(new URL(name, FOLDER), 'utf8');
    text.catch(() => cache.delete(name));
    cache.set(name, text);
  }
  return text;
}

export const contentTypeOf = (name: string) =>
  name.endsWith('.json')
    ? 'application/json; charset=utf-8'
    : name.endsWith('.csv')
      ? 'text/csv; charset=utf-8'
      : 'text/markdown; charset=utf-8';
