import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../openapi/openapi-document.js';

/** Where the generated types live: in src/, committed, so a reader (and the portal) sees them. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../src/client/openapi-schema.ts', import.meta.url));
export const REGENERATE = 'npm run build -w api'; // from the repository root

const HEADER = `/**
 * Generated from the API's OpenAPI document by api/src/client/generate-schema.ts (\`${REGENERATE}\`).
 * Do not edit: change the routes' schemas and regenerate.
 */

`;

/** The TypeScript types openapi-typescript derives from the API's OpenAPI document. */
export async function renderSchema(): Promise<string> {
  const ast = await openapiTS((await openApiDocument()) as unknown as OpenAPI3, {
    // a request field with a default may be left out: the server fills it in
    defaultNonNullable: false,
  });
  return HEADER + astToString(ast);
}

/** Rewrites the schema file when it differs; says whether it did. */
export async function writeSchema(file = SCHEMA_FILE): Promise<boolean> {
  const next = await renderSchema();
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === next) return false;
  writeFileSync(file, next);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // the build runs this from dist/ after compiling: it compiles again only when the types changed
  if ((await writeSchema()) && import.meta.url.endsWith('.js')) {
    console.log(`wrote ${SCHEMA_FILE}; compiling again`);
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const api = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: api, stdio: 'inherit' });
  }
}
