import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { hasRole } from './actor';
import { api } from './api';
import { roundByCode } from './public-round';

/**
 * The review desk (报量审核) is a region bureau's: signed out, sign in first; any other role gets
 * the 404 of a page that does not exist. Form actions call it too (a layout's load does not run first).
 */
export function requireRegionBureau(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const actor = event.locals.actor;
  if (!actor) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  if (!hasRole(actor, 'region-bureau-user')) error(404, { message: m.error_not_found_body() });
  return actor;
}

/** The round under review, by its code, and the caller's API client. */
export async function reviewRound(event: RequestEvent) {
  requireRegionBureau(event);
  const round = await roundByCode(event, event.params.roundCode ?? '');
  return { round, client: api(event) };
}
