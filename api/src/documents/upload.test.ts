import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDocumentStore } from '../test-support/test-store.js';
import { putPresigned, sampleExe, samplePdf, sha256Hex } from '../test-support/upload-files.js';
import { presignUpload, verifyUpload } from './upload.js';

const store = testDocumentStore();
const now = new Date('2026-12-06T08:00:00Z');
const declare = (bytes: Buffer, contentType = 'application/pdf') => ({
  contentType,
  size: bytes.length,
  sha256: sha256Hex(bytes),
});

describe('presigned upload, then verify', () => {
  it('verifies a file PUT to the presigned URL as declared', async () => {
    const key = `test/${randomUUID()}`;
    const pdf = samplePdf();
    const upload = await presignUpload(store, key, declare(pdf), now, 60);
    expect(upload).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      expiresAt: '2026-12-06T08:01:00.000Z',
    });
    expect((await putPresigned(upload, pdf)).status).toBe(200);
    expect(await verifyUpload(store, key, declare(pdf))).toEqual({
      outcome: 'verified',
      size: pdf.length,
      sha256: sha256Hex(pdf),
      contentType: 'application/pdf',
      bytes: pdf,
    });
  });

  it('finds nothing where nothing was uploaded', async () => {
    expect(await verifyUpload(store, `test/${randomUUID()}`, declare(samplePdf()))).toEqual({
      outcome: 'missing',
    });
  });

  it('names the hash when the file is another one of the same size', async () => {
    const key = `test/${randomUUID()}`;
    const declared = declare(samplePdf('AAA'));
    await store.put(key, samplePdf('BBB'), { contentType: 'application/pdf' });
    const check = await verifyUpload(store, key, declared);
    expect(check.outcome).toBe('mismatch');
    expect(check.outcome === 'mismatch' && check.problems.map((p) => p.path)).toEqual(['sha256']);
  });

  it('reads the type from the bytes: an executable sent as application/pdf is refused', async () => {
    const key = `test/${randomUUID()}`;
    const exe = sampleExe();
    await store.put(key, exe, { contentType: 'application/pdf' });
    const check = await verifyUpload(store, key, declare(exe));
    expect(check.outcome === 'mismatch' && check.problems).toEqual([
      expect.objectContaining({
        path: 'contentType',
        message: expect.stringContaining('application/x-msdownload'),
      }),
    ]);
  });

  it('refuses another size without reading the object', async () => {
    const key = `test/${randomUUID()}`;
    const pdf = samplePdf();
    await store.put(key, Buffer.concat([pdf, Buffer.from('tail')]), { contentType: 'application/pdf' });
    const check = await verifyUpload(store, key, declare(pdf));
    expect(check.outcome === 'mismatch' && check.problems.map((p) => p.path)).toEqual(['size']);
  });
});
