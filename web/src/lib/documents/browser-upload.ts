import { deserialize } from '$app/forms';

export type UploadStep = 'hashing' | 'sending' | 'verifying';

export type UploadOutcome =
  | { readonly kind: 'accepted'; readonly sha256: string }
  | {
      readonly kind: 'refused';
      readonly message: string | null;
      readonly fields: Record<string, string>;
      /** the store's HTTP status, when it was the store that refused the PUT */
      readonly storeStatus?: number;
    }
  /** the store cannot be reached from this browser: the form is sent the ordinary way instead */
  | { readonly kind: 'unreachable' };

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** The page's own form action, called as SvelteKit's enhanced forms do. */
async function action(name: string, body: FormData) {
  const res = await fetch(`?/${name}`, {
    method: 'POST',
    body,
    headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
  });
  return deserialize(await res.text());
}

type Failure = { message?: string | null; fields?: Record<string, string> };
const refused = (data: Failure | undefined): UploadOutcome => ({
  kind: 'refused',
  message: data?.message ?? null,
  fields: data?.fields ?? {},
});

/**
 * The browser's part of a presigned upload: hash the file with WebCrypto, declare it (the portal
 * asks the API for a presigned PUT), PUT it straight to the document store, then have the platform
 * verify it. The file never passes through the portal.
 */
export async function uploadFromBrowser(
  kind: string,
  file: File,
  onStep: (step: UploadStep) => void,
): Promise<UploadOutcome> {
  onStep('hashing');
  const sha256 = hex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  const declaration = new FormData();
  declaration.set('kind', kind);
  declaration.set('filename', file.name);
  declaration.set('contentType', file.type);
  declaration.set('size', String(file.size));
  declaration.set('sha256', sha256);
  const declared = await action('declare', declaration);
  if (declared.type !== 'success') return refused(declared.type === 'failure' ? declared.data : undefined);
  const { documentId, upload } = declared.data as {
    documentId: string;
    upload: { url: string; method: 'PUT'; headers: Record<string, string> };
  };

  onStep('sending');
  const put = await fetch(upload.url, { method: upload.method, headers: upload.headers, body: file }).catch(
    () => null,
  );
  if (!put) return { kind: 'unreachable' };
  if (!put.ok) return { kind: 'refused', message: null, fields: {}, storeStatus: put.status };

  onStep('verifying');
  const confirmation = new FormData();
  confirmation.set('documentId', documentId);
  const confirmed = await action('confirm', confirmation);
  if (confirmed.type !== 'success') return refused(confirmed.type === 'failure' ? confirmed.data : undefined);
  return { kind: 'accepted', sha256: (confirmed.data as { uploaded: { sha256: string } }).uploaded.sha256 };
}
