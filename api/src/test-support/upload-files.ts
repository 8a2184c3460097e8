import { createHash } from 'node:crypto';
import type { PresignedUpload } from '../documents/upload.js';

/** A small real PDF (one empty page): its first bytes are what the platform checks. */
export function samplePdf(note = 'GMP'): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      `% ${note}`,
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

/** A Windows executable's first bytes ("MZ" and a PE header), as a renamed virus.pdf would start. */
export function sampleExe(): Buffer {
  const bytes = Buffer.alloc(256);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What a browser does with a presigned upload: PUT the bytes with the signed headers. */
export async function putPresigned(upload: PresignedUpload, bytes: Uint8Array): Promise<Response> {
  return fetch(upload.url, { method: upload.method, headers: upload.headers, body: bytes });
}
