import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { hasRole } from './actor';
import type { Api } from './api';

/** Custodian pages are an office official's: anyone else signs in first (or is shown a 404). */
export function requireOfficial(event: RequestEvent) {
  const actor = event.locals.actor;
  if (!actor) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
  if (!hasRole(actor, 'office-official')) error(404, { message: m.error_not_found_body() });
  return actor;
}

/** The round's key ceremony and the caller's place in it; null when the caller holds no share of it. */
export async function myCeremony(client: Api, roundId: string, userId: string) {
  const { data } = await client.GET('/rounds/{roundId}/key-ceremony', { params: { path: { roundId } } });
  const mine = data?.officials.find((o) => o.userId === userId);
  return data && mine ? { ceremony: data, mine } : null;
}
