import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import type { RequestHandler } from './$types';

/**
 * A released technical file: the API hands out a presigned GET valid 5 minutes, so the page links
 * here and each click asks for a fresh one (a page left open never shows a dead link).
 */
export const GET: RequestHandler = async (event) => {
  requireOfficeAdmin(event);
  const { data } = await api(event).GET('/rounds/{roundId}/technical-files', {
    params: { path: { roundId: event.params.roundCode } },
  });
  const file = data?.items.find((f) => f.fileId === event.params.fileId);
  if (!file?.downloadUrl) error(404, { message: m.error_not_found_body() });
  event.setHeaders({ 'cache-control': 'no-store' });
  redirect(303, file.downloadUrl);
};
