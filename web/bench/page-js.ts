import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';

export interface PageJs {
  readonly files: number;
  /** the scripts' bodies, gzip -9 each, summed */
  readonly gzipBytes: number;
  /** what came over the wire (the server's precompressed brotli or gzip), summed */
  readonly transferBytes: number;
  readonly rawBytes: number;
  readonly biggest: readonly { name: string; gzipBytes: number }[];
}

/**
 * The JavaScript a browser downloads for a page: the page is loaded in Chromium (signed in by the
 * cookie given) until the network is idle, and every script response is counted — the entry, its
 * modulepreloads and whatever it imports at start. Kit's inline bootstrap (in the HTML) is not.
 */
export async function pageJs(url: string, cookie?: string): Promise<PageJs> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    if (cookie) {
      await context.addCookies(
        cookie.split('; ').map((pair) => {
          const at = pair.indexOf('=');
          return { name: pair.slice(0, at), value: pair.slice(at + 1), url };
        }),
      );
    }
    const page = await context.newPage();
    const scripts: Promise<{ name: string; raw: number; gzip: number; transfer: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(
        (async () => {
          const body = await response.body();
          const sizes = await response.request().sizes();
          return {
            name: new URL(response.url()).pathname.split('/').at(-1) ?? response.url(),
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
            transfer: sizes.responseBodySize,
          };
        })(),
      );
    });
    const answer = await page.goto(url, { waitUntil: 'networkidle' });
    if (!answer?.ok()) throw new Error(`${url} answered ${answer?.status()}`);
    const files = await Promise.all(scripts);
    const sum = (key: 'raw' | 'gzip' | 'transfer') => files.reduce((n, f) => n + f[key], 0);
    return {
      files: files.length,
      gzipBytes: sum('gzip'),
      transferBytes: sum('transfer'),
      rawBytes: sum('raw'),
      biggest: files
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 5)
        .map((f) => ({ name: f.name, gzipBytes: f.gzip })),
    };
  } finally {
    await browser.close();
  }
}
