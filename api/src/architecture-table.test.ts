import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/architecture.md draws api/src as a table of folders (issue 13): it must match the tree, so a
// newcomer who reads it finds every folder, and no folder the table names is gone.
const src = path.dirname(fileURLToPath(import.meta.url));
const doc = readFileSync(path.join(src, '../../docs/architecture.md'), 'utf8');

describe('docs/architecture.md', () => {
  it('names every folder of api/src in its folder table, and no other', () => {
    const inTable = [...doc.matchAll(/^\s*\| `([a-z-]+)\/` \|/gm)].map((m) => m[1]).sort();
    const inTree = readdirSync(src, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(inTable).toEqual(inTree);
  });
});
