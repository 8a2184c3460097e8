import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REGENERATE, renderSchema, SCHEMA_FILE } from './generate-schema.js';

describe('the generated API client types', () => {
  it('match the OpenAPI document the routes describe today', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const fresh = await renderSchema();
    // not toBe: a 300 KB diff says less than which command fixes it
    if (committed !== fresh) {
      expect.fail(`api/src/client/openapi-schema.ts is stale: run \`${REGENERATE}\` and commit it`);
    }
  });
});

describe('@jicai/api/client', () => {
  it('imports nothing but openapi-fetch and types, so a browser bundle can take it', () => {
    const source = readFileSync(new URL('./api-client.ts', import.meta.url), 'utf8');
    const imports = ts.preProcessFile(source, true, true).importedFiles.map((i) => i.fileName);
    expect(new Set(imports)).toEqual(new Set(['openapi-fetch', './openapi-schema.js']));
    const schema = readFileSync(SCHEMA_FILE, 'utf8');
    expect(ts.preProcessFile(schema, true, true).importedFiles).toEqual([]);
  });
});
