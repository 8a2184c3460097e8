import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';

/** What a worker needs beyond the environment: the database the primary started or was given. */
export const WORKER_DATABASE_URL = 'JICAI_WORKER_DATABASE_URL';
export const WORKER_REQUEST_LOG = 'JICAI_WORKER_REQUEST_LOG';

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
  const fork = () => {
    const worker = cluster.fork(env);
    workers.add(worker);
    worker.on('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping) return;
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
        worker.once('listening', (address) => resolve(address.port));
        worker.once('exit', (code) => reject(new Error(`HTTP worker exited with ${code} before listening`)));
      }),
  );
  const ports = await Promise.all(listening);
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
