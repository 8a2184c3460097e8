import { Worker } from 'node:worker_threads';
import type { Verification } from '../pdf/pdf-document.js';
import type { AgreementDocument } from './agreement-document.js';
import type { AgreementRenderer } from './agreement-issue.js';
import type { RenderAnswer, RenderJob } from './agreement-render-worker.js';

export interface RenderPool {
  readonly render: AgreementRenderer;
  close(): Promise<void>;
}

// the worker beside this file: compiled (.js) in dist; under tsx or vitest the TypeScript source,
// which the thread loads through tsx as well
const source = import.meta.url.endsWith('.ts');
const workerUrl = new URL(`./agreement-render-worker.${source ? 'ts' : 'js'}`, import.meta.url);
const execArgv = source ? ['--import', 'tsx'] : [];

type Waiting = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };

/** A thread and the renders it has in hand; a thread that dies fails them and is replaced. */
function startThread() {
  const thread = { worker: new Worker(workerUrl, { execArgv }), pending: new Map<number, Waiting>() };
  thread.worker.unref(); // an idle pool never keeps the process alive
  thread.worker.on('message', (answer: RenderAnswer) => {
    const waiting = thread.pending.get(answer.id);
    thread.pending.delete(answer.id);
    if (!waiting) return;
    if ('bytes' in answer)
      waiting.resolve(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
    else waiting.reject(new Error(answer.error));
  });
  thread.worker.on('error', (error) => {
    for (const waiting of thread.pending.values()) waiting.reject(error);
    thread.pending.clear();
  });
  return thread;
}

/**
 * Renders agreements in `threads` worker threads: rendering is the job's CPU work (fonts subset,
 * compressed), so on a machine of N cores N threads render while the main thread stores, records
 * and serves HTTP. Each render goes to the thread with the fewest in hand. The bytes are the same
 * as in the main thread (same code, same fonts).
 */
export function startRenderPool(threads: number): RenderPool {
  let closed = false;
  const spawn = (i: number) => {
    const thread = startThread();
    thread.worker.on('exit', () => {
      for (const waiting of thread.pending.values()) waiting.reject(new Error('the render thread stopped'));
      if (!closed) pool[i] = spawn(i);
    });
    return thread;
  };
  // threads start with the first render: most platforms (and every test) never generate agreements
  const pool: ReturnType<typeof startThread>[] = [];
  let next = 0;
  const render = (agreement: AgreementDocument, verification: Verification) =>
    new Promise<Buffer>((resolve, reject) => {
      if (closed) return reject(new Error('the render pool is closed'));
      if (pool.length === 0) for (let i = 0; i < Math.max(1, threads); i++) pool.push(spawn(i));
      const w = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = ++next;
      w.pending.set(id, { resolve, reject });
      w.worker.postMessage({ id, agreement, verification } satisfies RenderJob);
    });
  return {
    render,
    async close() {
      closed = true;
      await Promise.all(pool.map((w) => w.worker.terminate()));
    },
  };
}
