import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dueBy, nearestRank, runOpenLoop } from './open-loop.js';

describe('nearestRank', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('is the smallest sample at or above p % of all samples', () => {
    expect(nearestRank(hundred, 50)).toBe(50);
    expect(nearestRank(hundred, 99)).toBe(99);
    expect(nearestRank(hundred, 99.9)).toBe(100);
    expect(nearestRank(hundred, 100)).toBe(100);
    expect(nearestRank(hundred, 0)).toBe(1);
  });

  it('takes the worst sample for p99.9 of fewer than 1,000 samples, never interpolates', () => {
    expect(nearestRank([1, 2, 3, 1000], 99.9)).toBe(1000);
    expect(nearestRank([10, 20], 50)).toBe(10);
    expect(nearestRank([], 50)).toBeNaN();
  });
});

describe('dueBy', () => {
  it('schedules request i at i / rate seconds, whatever was answered', () => {
    expect(dueBy(-1, 1000)).toBe(0);
    expect(dueBy(0, 1000)).toBe(1);
    expect(dueBy(0.999, 1000)).toBe(1);
    expect(dueBy(1, 1000)).toBe(2);
    expect(dueBy(1000, 500)).toBe(501);
  });
});

describe('runOpenLoop', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('keeps sending while an answer is held back, and counts that answer from its intended time', async () => {
    let n = 0;
    server = createServer((req, res) => {
      const i = n++;
      const answer = () => res.writeHead(i % 10 === 9 ? 503 : 200).end();
      if (i === 0) setTimeout(answer, 300);
      else answer();
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const r = await runOpenLoop({
      origin: `http://127.0.0.1:${port}`,
      rate: 200,
      seconds: 0.5,
      warmupSeconds: 0,
      connections: 64,
      request: () => ({ method: 'GET', path: '/' }),
    });

    expect(r.requests).toBe(100);
    expect(r.ok + r.non2xx + r.errors).toBe(100);
    expect(r.non2xx).toBe(10);
    expect(r.errors).toBe(0);
    // the held-back first answer is in the figures, however fast the others were
    expect(r.maxMs).toBeGreaterThanOrEqual(300);
  });
});
