import { createHash } from 'node:crypto';
import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { readProblem } from '$lib/server/problem';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const refused = (status: number, productCode: string, message: string, fields: Record<string, string> = {}) =>
  fail(status, { action: 'file' as const, productCode, fields: { file: '', ...fields }, message });

/**
 * Attaches a technical file to the company's bid: the portal's server hashes the file, asks the API
 * for a presigned PUT, puts the bytes to the store and confirms, so the form works without
 * JavaScript. The API checks size, type and SHA-256 again and seals the file to the round key.
 */
export async function attachTechnicalFile(event: RequestEvent) {
  const form = await event.request.formData();
  const productCode = text(form, 'productCode');
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0)
    return refused(400, productCode, m.techfile_missing(), { file: m.techfile_missing() });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const path = { roundId: event.params.roundCode as string, productCode };
  const client = api(event);
  const declared = {
    filename: file.name,
    contentType: file.type as 'application/pdf',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const asked = await client.POST('/rounds/{roundId}/bids/{productCode}/technical-files/uploads', {
    params: { path },
    body: declared,
  });
  if (!asked.data) {
    const p = readProblem(asked.error, m.techfile_failed());
    return refused(asked.response.status, productCode, p.message, p.fields);
  }
  const put = await fetch(asked.data.url, { method: 'PUT', headers: asked.data.headers, body: bytes });
  if (!put.ok) return refused(502, productCode, m.techfile_failed());
  const sealed = await client.POST('/rounds/{roundId}/bids/{productCode}/technical-files', {
    params: { path },
    body: { uploadId: asked.data.uploadId },
  });
  if (!sealed.data) {
    const p = readProblem(sealed.error, m.techfile_failed());
    return refused(sealed.response.status, productCode, p.message, p.fields);
  }
  return { action: 'file' as const, productCode, sealedFile: sealed.data };
}

/** Removes one sealed file of the company's bid while bidding is open. */
export async function removeTechnicalFile(event: RequestEvent) {
  const form = await event.request.formData();
  const productCode = text(form, 'productCode');
  const removed = await api(event).POST('/rounds/{roundId}/bids/{productCode}/technical-files/removal', {
    params: { path: { roundId: event.params.roundCode as string, productCode } },
    body: { fileId: text(form, 'fileId') },
  });
  if (!removed.data) {
    const p = readProblem(removed.error, m.techfile_remove_failed());
    return refused(removed.response.status, productCode, p.message, p.fields);
  }
  return { action: 'file' as const, productCode, removedFile: removed.data.fileId };
}
