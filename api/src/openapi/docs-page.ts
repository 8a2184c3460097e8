import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';

const require = createRequire(import.meta.url);
const assets = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSET_TYPES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Jicai API 集采平台接口</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/docs-init.js"></script></body></html>`;
const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', deepLinking: true });`;

/** /api/docs: Swagger UI served from the npm package itself, so it works offline. */
export const docsPage = new Hono<AppEnv>()
  .get('/docs', (c) => c.html(PAGE))
  .get('/docs/docs-init.js', (c) =>
    c.body(INIT, 200, { 'content-type': 'application/javascript; charset=utf-8' }),
  )
  .get('/docs/:asset', (c) => {
    const asset = c.req.param('asset');
    const type = ASSET_TYPES[asset];
    if (!type) return c.notFound();
    return c.body(readFileSync(path.join(assets, asset)), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
