import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 8 §10: `./jicai` builds from the repository root but the files it is given are the caller's.
 * Runs the real script from a directory outside the repository (builds first only if sources changed).
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'docs/examples/14-command-line');
const caller = mkdtempSync(join(tmpdir(), 'jicai-caller-'));
copyFileSync(join(EXAMPLE, 'round.json'), join(caller, 'round.json'));
copyFileSync(join(EXAMPLE, 'what-if-1.1.json'), join(caller, 'what-if-1.1.json'));
afterAll(() => rmSync(caller, { recursive: true, force: true }));

function jicai(...args: string[]) {
  return spawnSync('bash', [join(ROOT, 'jicai'), ...args], {
    cwd: caller,
    encoding: 'utf8',
    timeout: 300_000,
  });
}

describe('./jicai run from another directory', () => {
  it('evaluate reads FILE relative to the caller', () => {
    const run = jicai('evaluate', 'round.json');
    expect(run.stderr).not.toContain('cannot read');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ruleset: { name: 'nvbp-7' } });
  }, 300_000);

  it('compare reads FILE and an override file relative to the caller', () => {
    const run = jicai('compare', 'round.json', 'nvbp-7', 'what-if-1.1.json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('B: ruleset nvbp-7 with the overrides in what-if-1.1.json');
  }, 300_000);

  it('a missing file is still named as the caller wrote it', () => {
    const run = jicai('evaluate', 'nowhere.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('$: cannot read nowhere.json: no such file\n');
  }, 300_000);
});
