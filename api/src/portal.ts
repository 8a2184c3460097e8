import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getRequestListener } from '@hono/node-server';

/** What the portal's server code calls the API through (web/src/lib/server/api-fetch.ts reads it). */
export const API_BRIDGE = Symbol.for('jicai.api-bridge');

type AppFetch = (request: Request, env: unknown) => Response | Promise<Response>;
type PortalHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The SvelteKit build (web/build, adapter-node): next to api/ in the repository. */
const PORTAL_HANDLER = fileURLToPath(new URL('../../web/build/handler.js', import.meta.url));

// The app answering the request in flight: one process can hold several apps (tests do), and the
// portal's handler is one module, so its calls find their app through the request's async context.
const currentApp = new AsyncLocalStorage<AppFetch>();

interface Bridge {
  /** Calls the API in-process, as the browser's address: login throttling still sees who asks. */
  fetch(request: Request, clientAddress: string): Promise<Response>;
}

function installBridge() {
  const bridge: Bridge = {
    async fetch(request, clientAddress) {
      const app = currentApp.getStore();
      if (!app) throw new Error('the portal called the API outside a request');
      // @hono/node-server's getConnInfo reads the socket of env.incoming
      return app(request, { incoming: { socket: { remoteAddress: clientAddress } } });
    },
  };
  (globalThis as Record<symbol, unknown>)[API_BRIDGE] = bridge;
}

let portal: Promise<PortalHandler | null> | undefined;

/** The portal's request handler, or null when web/ has not been built (the API still serves). */
function loadPortal(): Promise<PortalHandler | null> {
  portal ??= (async () => {
    if (!existsSync(PORTAL_HANDLER)) return null;
    installBridge();
    // adapter-node reads these when it loads: the page's origin (for SvelteKit's own CSRF check on
    // form posts) comes from headers this listener sets itself, never from what a client sent
    process.env.PROTOCOL_HEADER = PROTO_HEADER;
    process.env.HOST_HEADER = HOST_HEADER;
    // a company document sent without JavaScript passes through a form action (20 MiB at most, the
    // API's limit); adapter-node's default would refuse anything over 512 KiB
    process.env.BODY_SIZE_LIMIT ??= '21M';
    const module = (await import(pathToFileURL(PORTAL_HANDLER).href)) as { handler: PortalHandler };
    return module.handler;
  })();
  return portal;
}

const PROTO_HEADER = 'x-jicai-proto';
const HOST_HEADER = 'x-jicai-host';
const firstOf = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim().toLowerCase() || undefined;

/** The scheme and host the browser used: the socket's, or a trusted proxy's forwarded ones. */
function markOrigin(req: IncomingMessage, trustProxy: boolean) {
  const tls = 'encrypted' in req.socket && req.socket.encrypted === true;
  const forwardedProto = trustProxy ? firstOf(req.headers['x-forwarded-proto']) : undefined;
  const forwardedHost = trustProxy ? firstOf(req.headers['x-forwarded-host']) : undefined;
  req.headers[PROTO_HEADER] = forwardedProto === 'https' || tls ? 'https' : 'http';
  req.headers[HOST_HEADER] = forwardedHost ?? req.headers.host ?? 'localhost';
}

/**
 * The document store's origin, for the pages' Content-Security-Policy (browsers PUT uploads there,
 * web/src/hooks.server.ts adds it to connect-src): set by this listener, never taken from a client.
 */
const DOCUMENT_ORIGIN_HEADER = 'x-jicai-document-origin';

const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/**
 * One listener for the whole origin: /api/* is Hono, everything else the portal (same origin, so
 * the session cookie and the CSRF checks are the API's own).
 */
export async function platformListener(
  appFetch: AppFetch,
  trustProxy: boolean,
  documentOrigin?: string,
): Promise<RequestListener> {
  const api = getRequestListener(appFetch);
  const handler = await loadPortal();
  if (!handler) return (req, res) => void api(req, res);
  return (req, res) => {
    if (isApiPath(req.url ?? '/')) return void api(req, res);
    markOrigin(req, trustProxy);
    if (documentOrigin) req.headers[DOCUMENT_ORIGIN_HEADER] = documentOrigin;
    else delete req.headers[DOCUMENT_ORIGIN_HEADER];
    currentApp.run(appFetch, () => handler(req, res, () => void api(req, res)));
  };
}

/** Whether the portal is built (the start banner says where to find it, or how to build it). */
export const portalBuilt = () => existsSync(PORTAL_HANDLER);
