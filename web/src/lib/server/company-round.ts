import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from './api';
import { requireCompany } from './company';

/**
 * A company user's round, by the code in the path, behind the company pages' gate (requireCompany:
 * signed out → sign in and back; another role → the one 404). A round the API does not show is
 * that same 404.
 */
export async function loadCompanyRound(event: RequestEvent) {
  const actor = requireCompany(event);
  const client = api(event);
  const { data: round, response } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode ?? '' } },
  });
  if (!round) error(response.status === 404 || response.status === 403 ? 404 : 502, m.error_body());
  return { client, actor, round };
}
