import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from './api';

/**
 * A published round by its code (rounds are addressed by code on the portal: /rounds/NVBP7-DEMO),
 * as the visitor may see it; 404 when there is none, or it is a draft the visitor may not see.
 * The API takes a round's code wherever its id goes, so this is one read, not a list.
 */
export async function roundByCode(event: RequestEvent, code: string) {
  const { data } = await api(event).GET('/rounds/{roundId}', { params: { path: { roundId: code } } });
  if (!data) error(404, { message: m.public_round_not_found() });
  return data;
}
