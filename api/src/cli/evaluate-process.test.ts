import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEvaluate } from './run-evaluate.js';
import { testRound } from '../test-support/cli-test-round.js';

/**
 * `./jicai evaluate` as a real process writing a result of megabytes into a pipe: the chunks go out
 * as the pipe drains (backpressure), and what arrives is the in-process result, byte for byte.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'jicai-evaluate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command-test round with 20,000 hospitals reporting both products: ≈ 5 MB of output. */
function largeRound(): string {
  const round = testRound();
  const regions = ['BJ', 'TJ', 'HE'];
  round.demand = [];
  for (let i = 0; i < 20_000; i++) {
    for (const productId of ['P1', 'P2']) {
      round.demand.push({
        institutionId: `H${String(i).padStart(6, '0')}`,
        regionId: regions[i % 3] as string,
        productId,
        quantity: 1000 + ((i * 7919) % 50_000),
        brandCompanyId: null,
        lastYearVolume: null,
        group: null,
      });
    }
  }
  return JSON.stringify(round);
}

function runProcess(args: string[]) {
  return new Promise<{ status: number | null; stdout: Buffer; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/evaluate.ts', ...args], {
      env: { PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => stdout.push(d));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(stdout), stderr }));
  });
}

describe('./jicai evaluate as a process', () => {
  it(
    'streams megabytes of result through a pipe, byte-identical to the in-process result',
    { timeout: 120_000 },
    async () => {
      const file = path.join(dir, 'round.json');
      writeFileSync(file, largeRound());
      const expected = runEvaluate([file], (p) => readFileSync(p, 'utf8'));
      expect(expected.exitCode).toBe(0);
      expect(expected.stdout.length).toBeGreaterThan(4_000_000);
      const run = await runProcess([file]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.toString('utf8') === expected.stdout).toBe(true);
    },
  );
});
