import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { hasRole, type Actor } from './actor';

/**
 * The company pages' gate, called by every load and action of them (actions do not run layout
 * loads): signed out → sign in first; signed in without the company role → 404, like a page that
 * does not exist, so nothing says what company pages there are.
 */
export function requireCompany(event: Pick<RequestEvent, 'locals' | 'url'>): Actor {
  const actor = event.locals.actor;
  if (!actor) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  if (!hasRole(actor, 'company-user')) error(404, { message: m.error_not_found_body() });
  return actor;
}

/** A fresh Idempotency-Key: one per attempt, made when the form is rendered. */
export const newAttemptKey = () => crypto.randomUUID();
