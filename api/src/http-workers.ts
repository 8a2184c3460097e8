import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { StartupError } from './startup-error.js';

/** What a worker needs beyond the environment: the database the primary started or was given. */
export const WORKER_DATABASE_URL = 'JICAI_WORKER_DATABASE_URL';
export const WORKER_REQUEST_LOG = 'JICAI_WORKER_REQUEST_LOG';
/** the message a worker sends before exiting when it cannot listen */
export const WORKER_LISTEN_ERROR = 'jicaiListenError';

export interface HttpWorkers {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * `count` HTTP worker processes sharing one port (the primary hands connections out in turn). Each
 * worker has its own pool and in-process memories; everything they share lives in PostgreSQL. A
 * worker that dies is replaced.
 */
export async function startHttpWorkers(
  count: number,
  config: Config,
  databaseUrl: string,
  requestLog: boolean,
  log: (line: string) => void,
): Promise<HttpWorkers> {
  // compiled: http-worker.js beside this file; under tsx (the benchmark): the .ts source
  const self = fileURLToPath(import.meta.url);
  cluster.setupPrimary({
    exec: self.replace(/http-workers\.(ts|js)$/, 'http-worker.$1'),
  });
  // the primary's configuration, whether it came from its environment or from its caller
  const settings = Object.entries(config).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]));
  const env = {
    ...Object.fromEntries(settings),
    [WORKER_DATABASE_URL]: databaseUrl,
    [WORKER_REQUEST_LOG]: requestLog ? '1' : '0',
  };
  let stopping = false;
  const workers = new Set<Worker>();
  const listened = new WeakSet<Worker>();
  const fork = () => {
    const worker = cluster.fork(env);
    workers.add(worker);
    worker.once('listening', () => listened.add(worker));
    worker.on('exit', (code, signal) => {
      workers.delete(worker);
      // a worker that never listened is not replaced: the port is refused, and the start fails
      if (stopping || !listened.has(worker)) return;
      log(`HTTP worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      fork();
    });
    return worker;
  };
  const listening = Array.from(
    { length: count },
    () =>
      new Promise<number>((resolve, reject) => {
        const worker = fork();
        let refusal: string | null = null;
        worker.on('message', (message: Record<string, unknown>) => {
          if (typeof message?.[WORKER_LISTEN_ERROR] === 'string') refusal = message[WORKER_LISTEN_ERROR];
        });
        worker.once('listening', (address) => resolve(address.port));
        worker.once('exit', (code) => {
          if (listened.has(worker)) return;
          reject(
            refusal
              ? new StartupError(refusal)
              : new Error(`HTTP worker exited with ${code} before listening`),
          );
        });
      }),
  );
  const ports = await Promise.all(listening).catch(async (error: unknown) => {
    stopping = true;
    await Promise.all(
      [...workers].map((w) => new Promise((resolve) => w.once('exit', resolve).kill('SIGTERM'))),
    );
    throw error;
  });
  return {
    port: ports[0] as number,
    async stop() {
      stopping = true;
      await Promise.all(
        [...workers].map(
          (w) =>
            new Promise<void>((resolve) => {
              w.once('exit', () => resolve());
              w.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
