import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './openapi-schema.js';

export type { components, paths } from './openapi-schema.js';

export interface ApiClientOptions {
  /** where the API lives, `/api` included: `http://127.0.0.1:3000/api` */
  readonly baseUrl: string;
  /** the fetch to call (default: the global one); e.g. an in-process app's `fetch` */
  readonly fetch?: ClientOptions['fetch'];
  /** sent with every request, e.g. `authorization: Bearer …` or a session cookie */
  readonly headers?: ClientOptions['headers'];
}

export type ApiClient = Client<paths>;

/**
 * The one typed client of the API: paths, parameters, bodies and responses come from the OpenAPI
 * document (see openapi-schema.ts). Errors arrive as `error`, a problem+json body.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
}

/** Every error the API answers: application/problem+json with a stable `code`. */
export type Problem = components['schemas']['Problem'];
