import { api } from '$lib/server/api';
import type { PageServerLoad } from './$types';

// What a QR code on a PDF opens: the document the code names, or that none is known by it.
export const load: PageServerLoad = async (event) => {
  const code = event.params.code;
  const { data } = await api(event).GET('/documents/verify/{code}', { params: { path: { code } } });
  return { code, document: data ?? null };
};
