import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { hasRole } from './actor';

/**
 * The office console is the office admin's: anyone else (signed out too) gets the same 404 as a
 * page that does not exist. Form actions call it too: a layout's load does not run before them.
 */
export function requireOfficeAdmin(event: Pick<RequestEvent, 'locals'>) {
  if (!hasRole(event.locals.actor, 'office-admin')) error(404, { message: m.error_not_found_body() });
}
