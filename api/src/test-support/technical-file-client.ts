import { createHash, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestContext } from './test-context.js';
import type { BidWorld } from './bid-test-world.js';

type User = BidWorld['companies'][number];
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A small, valid-looking PDF whose body carries `marker`, so a test can look for it in ciphertext. */
export function pdfBytes(marker: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${marker} ${'技术资料 '.repeat(40)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'utf8',
  );
}

export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR', 'latin1'),
  Buffer.alloc(64, 1),
]);

export interface UploadTicket {
  readonly uploadId: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

/** A company's bid (technical envelope included) for a product of a dual-envelope world. */
export async function bidDual(t: TestContext, w: BidWorld, c: User, product = 'P1', price = '3.00') {
  const res = await t.request(`/api/rounds/${w.roundId}/bids/${product}`, {
    method: 'PUT',
    token: c.token,
    json: { specCode: 'S1', packPrice: price, technical: `技术标 of ${c.login}` },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

export function requestUpload(
  t: TestContext,
  w: BidWorld,
  c: User,
  declared: { filename: string; contentType: string; size: number; sha256: string },
  product = 'P1',
) {
  return t.request(`/api/rounds/${w.roundId}/bids/${product}/technical-files/uploads`, {
    method: 'POST',
    token: c.token,
    json: declared,
  });
}

/** PUTs the bytes to the presigned URL as a browser would (straight to the store). */
export async function putToStore(ticket: UploadTicket, bytes: Uint8Array) {
  const res = await fetch(ticket.url, { method: 'PUT', headers: ticket.headers, body: bytes });
  expect(res.status, await res.clone().text()).toBe(200);
}

export function confirm(t: TestContext, w: BidWorld, c: User, uploadId: string, product = 'P1') {
  return t.request(`/api/rounds/${w.roundId}/bids/${product}/technical-files`, {
    method: 'POST',
    token: c.token,
    json: { uploadId },
  });
}

/** Declare, PUT, confirm: the sealed file's receipt. */
export async function attachFile(
  t: TestContext,
  w: BidWorld,
  c: User,
  bytes: Buffer,
  name: string,
  contentType = 'application/pdf',
) {
  const ticketRes = await requestUpload(t, w, c, {
    filename: name,
    contentType,
    size: bytes.length,
    sha256: sha256(bytes),
  });
  expect(ticketRes.status, await ticketRes.clone().text()).toBe(200);
  const ticket = (await ticketRes.json()) as UploadTicket;
  await putToStore(ticket, bytes);
  const res = await confirm(t, w, c, ticket.uploadId);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { fileId: string; sha256: string; size: number; status: string; name: string };
}

/** Hands in the first k shares of the ceremony: the technical opening of a dual-envelope world. */
export async function openTechnical(t: TestContext, w: BidWorld, k = 2) {
  let last: Response | undefined;
  for (let i = 0; i < k; i++) {
    last = await t.request(`/api/rounds/${w.roundId}/opening/shares`, {
      method: 'POST',
      token: w.officials[i]?.token,
      json: { share: w.ceremony?.shares[i]?.share },
    });
  }
  expect(last?.status, await last?.clone().text()).toBe(200);
  return (await last?.json()) as { phase: string; status: string };
}
