/** Set by the platform's listener (api/src/portal.ts) on every page request; never a client's. */
export const DOCUMENT_ORIGIN_HEADER = 'x-jicai-document-origin';

const ORIGIN = /^https?:\/\/[A-Za-z0-9.[\]:-]+$/;

/**
 * The page's Content-Security-Policy with the document store's origin added to connect-src: the
 * upload form's script PUTs files there by presigned URL. kit.csp (svelte.config.js) is fixed at
 * build time; the store is chosen at start (S3_ENDPOINT, or the platform's own on a free port).
 */
export function allowDocumentStore(csp: string, origin: string | null): string {
  if (!origin || !ORIGIN.test(origin)) return csp;
  return csp.replace(/(^|;\s*)connect-src ([^;]*)/, (_all, lead: string, sources: string) =>
    sources.split(/\s+/).includes(origin) ? _all : `${lead}connect-src ${sources} ${origin}`,
  );
}
