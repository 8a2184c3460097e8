import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from './api';
import { hasRole } from './actor';

/**
 * A company user's round, by the code in the path. Signed out: to the sign-in page and back;
 * any other role, or a round the API does not show: the one 404 that leaks nothing.
 */
export async function loadCompanyRound(event: RequestEvent) {
  const actor = event.locals.actor;
  if (!actor) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  if (!hasRole(actor, 'company-user')) error(404, m.error_not_found_title());
  const roundCode = event.params.roundCode ?? '';
  const client = api(event);
  const { data: round, response } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: roundCode } },
  });
  if (!round) error(response.status === 404 || response.status === 403 ? 404 : 502, m.error_body());
  return { client, actor, round };
}
