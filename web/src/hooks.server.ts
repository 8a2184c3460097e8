import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { api } from '$lib/server/api';
import { currentActor, SESSION_COOKIE } from '$lib/server/actor';
import { publicPageCache } from '$lib/server/public-page-cache';
import { allowDocumentStore, DOCUMENT_ORIGIN_HEADER } from '$lib/server/document-store-csp';

const i18n: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });

const actor: Handle = async ({ event, resolve }) => {
  event.locals.actor = await currentActor(api(event), event.cookies.get(SESSION_COOKIE) !== undefined);
  return resolve(event);
};

// Pages: the same hardening the API's answers carry (its CSP is kit.csp in svelte.config.js).
const headers: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  response.headers.set('x-frame-options', 'DENY');
  const csp = response.headers.get('content-security-policy');
  if (csp)
    response.headers.set(
      'content-security-policy',
      allowDocumentStore(csp, event.request.headers.get(DOCUMENT_ORIGIN_HEADER)),
    );
  return response;
};

// the page cache sits inside i18n (its key is the language) and before the session's lookup
export const handle = sequence(i18n, publicPageCache, actor, headers);
