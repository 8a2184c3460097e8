import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the platform under test: API at /api, portal everywhere else */
    baseUrl: string;
    /** the one Chromium of the run; each test file connects and opens its own contexts */
    browserWsEndpoint: string;
  }
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `./jicai start`'s program (api/dist/start.js, demo seed included) on a fresh data dir and a free port. */
function startPlatform(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'test' };
  for (const key of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'EMBEDDED_PG_PORT', 'API_WORKERS'])
    delete env[key];
  const child = spawn(process.execPath, [path.join(ROOT, 'api/dist/start.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const take = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /is running at (http:\/\/\S+?)\/?\s/.exec(out);
      if (match) resolve({ child, url: match[1] as string });
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('exit', (code) => reject(new Error(`the platform exited (${code}) before it served: ${out}`)));
  });
}

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(ROOT, 'web/build/handler.js'))) {
    throw new Error('web/build is missing: `npx turbo run build` (./jicai test builds first)');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (./jicai test installs it)`);
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jicai-web-test-'));
  chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as `postgres`
  const platform = await startPlatform(dataDir);
  const browser: BrowserServer = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide('baseUrl', platform.url);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    const exited = new Promise((resolve) => platform.child.once('exit', resolve));
    platform.child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
