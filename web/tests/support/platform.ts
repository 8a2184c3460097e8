import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface Platform {
  /** API at /api, portal everywhere else */
  readonly url: string;
  /** its DATA_DIR (the embedded PostgreSQL's passwords, the platform key): a second node reads them */
  readonly dataDir: string;
  /** the document store it printed (its own local S3): a second node shares it */
  readonly documents: { readonly endpoint: string; readonly bucket: string };
  stop(): Promise<void>;
}

/**
 * `./jicai start`'s program (api/dist/start.js: embedded PostgreSQL, the demo seed) on a fresh data
 * dir and a free port, so each test file has a demo world of its own. The scheduler beats every
 * 0.2 s: a rehearsal clock moved past a deadline takes effect at once.
 */
export async function startPlatform(env: Record<string, string> = {}): Promise<Platform> {
  // test files start side by side: each pins a free port for its PostgreSQL (else two may both
  // find the default free and race for it), and a start that lost a race anyway is tried again
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce({ EMBEDDED_PG_PORT: String(await freePort()), ...env });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function startOnce(env: Record<string, string>): Promise<Platform> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jicai-web-test-'));
  chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as `postgres`
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    NODE_ENV: 'test',
    SCHEDULER_INTERVAL_S: '0.2',
    ...env,
  };
  for (const key of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'PLATFORM_SIGNING_KEY']) {
    if (!(key in env)) delete childEnv[key]; // a second node (two-nodes.ts) is given the first's
  }
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'api/dist/start.js')], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const take = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-20_000);
      const match = /is running at (http:\/\/\S+?)\/?\s/.exec(out);
      const documents = /Documents\s+(http:\/\/[^/\s]+)\/(\S+)\s/.exec(out);
      if (!match || !documents) return;
      child.stdout?.off('data', take);
      child.stdout?.resume();
      resolve({
        url: match[1] as string,
        dataDir,
        documents: { endpoint: documents[1] as string, bucket: documents[2] as string },
        async stop() {
          if (child.exitCode === null) {
            const exited = new Promise((done) => child.once('exit', done));
            child.kill('SIGTERM');
            await exited;
          }
          rmSync(dataDir, { recursive: true, force: true });
        },
      });
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', (chunk: Buffer) => (out = (out + chunk.toString()).slice(-20_000)));
    child.once('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      reject(new Error(`the platform exited (${code}) before it served: ${out}`));
    });
  });
}
