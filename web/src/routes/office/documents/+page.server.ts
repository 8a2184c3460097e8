import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { listDocuments } from '$lib/server/company-documents';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import type { PageServerLoad } from './$types';

/** Every company's documents, newest first, with the verified hash and a download link. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const list = await listDocuments(api(event));
  if (!list) error(502, { message: m.documents_unavailable() });
  return { documents: list.items };
};
