import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi-document.js';

const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const redocly = fileURLToPath(new URL('bin/cli.js', import.meta.resolve('@redocly/cli/package.json')));
const dir = mkdtempSync(path.join(tmpdir(), 'jicai-openapi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: {
    ruleId: string;
    severity: 'error' | 'warn';
    message: string;
    location: { pointer: string }[];
  }[];
}

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules with no error (offline, no telemetry)", async () => {
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(await openApiDocument()));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [redocly, 'lint', file, '--config', path.join(apiDir, 'redocly.yaml'), '--format=json'],
      {
        cwd: apiDir,
        // the machine may have no internet: nothing may call home, check for updates or announce
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
          DO_NOT_TRACK: '1',
        },
        timeout: 60_000,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // exit 1 on errors: the report says which
    const report = JSON.parse(stdout) as LintReport;
    const errors = report.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });
});
