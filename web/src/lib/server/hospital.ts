import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { hasRole, type Actor } from './actor';

/**
 * The hospital pages' gate, called by every load and action of them: signed out → sign in first;
 * signed in without the hospital role → 404, as for a page that does not exist.
 */
export function requireHospital(event: Pick<RequestEvent, 'locals' | 'url'>): Actor {
  const actor = event.locals.actor;
  if (!actor) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  if (!hasRole(actor, 'hospital-user')) error(404, { message: m.error_not_found_body() });
  return actor;
}
