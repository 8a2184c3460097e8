import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the run's one Chromium; each test file connects and opens its own contexts */
    browserWsEndpoint: string;
  }
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** One Chromium for the whole run (each test file starts its own platform: tests/support/platform.ts). */
export default async function setup(project: TestProject) {
  for (const built of ['web/build/handler.js', 'api/dist/start.js']) {
    if (!existsSync(path.join(ROOT, built))) {
      throw new Error(`${built} is missing: npx turbo run build (./jicai test builds first)`);
    }
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (./jicai test installs it)`);
  }
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return () => browser.close();
}
