import { createHash } from 'node:crypto';
import type { components } from '@jicai/api/client';
import type { Api } from './api';
import { readProblem, type Problem } from './problem';

type DocumentRequest = components['schemas']['CompanyDocumentRequest'];

/** Newest first: a company its own, the office every company's (the API decides which). */
export async function listDocuments(client: Api) {
  const { data } = await client.GET('/company-documents', { params: { query: { limit: 200 } } });
  return data ?? null;
}

/** What the browser (or the portal, without JavaScript) declares of the file before it is sent. */
export interface Declaration {
  readonly kind: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
}

/** Asks the API for a presigned upload of the declared file: the pending document and where to PUT. */
export async function declareDocument(client: Api, declared: Declaration, fallback: string) {
  const { data, error } = await client.POST('/company-documents', {
    // kind and type as typed or sent: the API validates them and names a wrong one
    body: declared as DocumentRequest,
  });
  if (!data) return { ok: false, problem: readProblem(error, fallback) } as const;
  return { ok: true, document: data.document, upload: data.upload } as const;
}

export async function confirmDocument(client: Api, documentId: string, fallback: string) {
  const { data, error } = await client.POST('/company-documents/{documentId}/confirm', {
    params: { path: { documentId } },
  });
  if (!data) return { ok: false, problem: readProblem(error, fallback) } as const;
  return { ok: true, document: data } as const;
}

/**
 * Without JavaScript the form sends the file to the portal, which does what the browser's script
 * does: hash it, declare it, PUT it to the presigned URL, confirm it.
 */
export async function uploadThroughPortal(
  client: Api,
  kind: string,
  file: File,
  fallback: string,
): Promise<{ ok: false; problem: Problem } | { ok: true; document: { id: string; sha256: string } }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const declared = await declareDocument(
    client,
    { kind, filename: file.name, contentType: file.type, size: bytes.length, sha256 },
    fallback,
  );
  if (!declared.ok) return declared;
  const put = await fetch(declared.upload.url, {
    method: 'PUT',
    headers: declared.upload.headers,
    body: bytes,
  }).catch(() => null);
  if (!put?.ok) return { ok: false, problem: { code: 'UPLOAD_FAILED', message: fallback, fields: {} } };
  return confirmDocument(client, declared.document.id, fallback);
}
