import { getCiphers } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// ./jicai puts the project's own Node first on PATH when the machine's is older (docs/operations.md,
// "Runtime and versions"); this fails if the tests ever run on another runtime than the one declared.
const rootPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};

describe('runtime', () => {
  it('is the Node major the root package.json engines field declares', () => {
    const declared = Number(/^>=(\d+)$/.exec(rootPackage.engines.node)?.[1]);
    expect(declared).toBeGreaterThanOrEqual(24);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(declared);
  });

  it('has the OpenSSL with SM4-GCM that a 国密 suite will need', () => {
    expect(getCiphers()).toContain('sm4-gcm');
  });
});
