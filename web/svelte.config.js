import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    // served by the API's process (api/src/portal.ts) at the same origin: /api/* is Hono
    adapter: adapter({ out: 'build', precompress: true }),
    // form actions refuse a foreign Origin: cookies never authorise a cross-site request
    csrf: { trustedOrigins: [] },
    version: { name: 'jicai' },
    // scripts only from this origin (kit hashes its own inline bootstrap); no framing; no foreign forms
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'connect-src': ['self'],
        'font-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};
