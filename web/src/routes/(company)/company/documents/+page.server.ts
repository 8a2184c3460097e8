import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireCompany } from '$lib/server/company';
import {
  confirmDocument,
  declareDocument,
  listDocuments,
  uploadThroughPortal,
} from '$lib/server/company-documents';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireCompany(event);
  const list = await listDocuments(api(event));
  if (!list) error(502, { message: m.documents_unavailable() });
  return { documents: list.items };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions: Actions = {
  /** Without JavaScript: the file itself, hashed and sent to the store by the portal. */
  upload: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const kind = text(form, 'kind');
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { fields: { file: m.documents_file_missing() }, message: null });
    const done = await uploadThroughPortal(api(event), kind, file, m.documents_upload_failed());
    if (!done.ok)
      return fail(done.problem.code === 'UPLOAD_REJECTED' ? 422 : 400, {
        fields: done.problem.fields,
        message: done.problem.message,
      });
    return { uploaded: { id: done.document.id, sha256: done.document.sha256 } };
  },
  /** With JavaScript, step 1: the browser hashed the file; the API hands out where to PUT it. */
  declare: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const declared = await declareDocument(
      api(event),
      {
        kind: text(form, 'kind'),
        filename: text(form, 'filename'),
        contentType: text(form, 'contentType'),
        size: Number(text(form, 'size')),
        sha256: text(form, 'sha256'),
      },
      m.documents_upload_failed(),
    );
    if (!declared.ok)
      return fail(400, { fields: declared.problem.fields, message: declared.problem.message });
    return { documentId: declared.document.id, upload: declared.upload };
  },
  /** With JavaScript, step 2: the browser PUT the file; the platform verifies and accepts it. */
  confirm: async (event) => {
    requireCompany(event);
    const form = await event.request.formData();
    const done = await confirmDocument(api(event), text(form, 'documentId'), m.documents_upload_failed());
    if (!done.ok) return fail(422, { fields: done.problem.fields, message: done.problem.message });
    return { uploaded: { id: done.document.id, sha256: done.document.sha256 } };
  },
};
