import { spawn, type ChildProcess } from 'node:child_process';

/** The real platform in a process of its own, as `./jicai start` runs it, for tests that kill it. */
export interface PlatformProcess {
  readonly child: ChildProcess;
  readonly url: string;
}

const children = new Set<ChildProcess>();

function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'PLATFORM_SIGNING_KEY', 'EMBEDDED_PG_PORT']) {
    delete base[key];
  }
  return { ...base, NODE_ENV: 'test', PORT: '0', SCHEDULER_INTERVAL_S: '3600', ...env };
}

/**
 * `src/test-support/test-server-main.ts` (the platform without the demo seed) in its own process group, so a
 * test can kill the Node process alone (`child.kill`) or the whole group as a terminal or a service
 * manager would (`killGroup`). Resolves once it prints `listening <url>`.
 */
export function spawnPlatform(env: Record<string, string>): Promise<PlatformProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/test-support/test-server-main.ts'], {
    env: environment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let out = '';
    const take = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] as string });
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('exit', (code) => reject(new Error(`platform exited early (${code}): ${out}`)));
  });
}

/** `src/start.ts` run to its end (it is expected to refuse): exit code and what it wrote. */
export function runStartToRefusal(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/start.ts'], {
    env: environment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      children.delete(child);
      resolve({ code, stderr });
    });
  });
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid) process.kill(-child.pid, signal);
}

/** Whatever a test left running: the whole group, PostgreSQL included. */
export function killAllPlatforms(): void {
  for (const child of children) {
    try {
      killGroup(child, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
