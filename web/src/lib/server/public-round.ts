import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from './api';

/**
 * A published round by its code (rounds are addressed by code on the portal: /rounds/NVBP7-DEMO),
 * as the visitor may see it; 404 when there is none, or it is a draft the visitor may not see.
 */
export async function roundByCode(event: RequestEvent, code: string) {
  const client = api(event);
  let cursor: string | undefined;
  do {
    const { data } = await client.GET('/rounds', { params: { query: { limit: 500, cursor } } });
    if (!data) break;
    const round = data.items.find((r) => r.code === code);
    if (round) return round;
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  error(404, { message: m.public_round_not_found() });
}
