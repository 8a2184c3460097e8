import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../startup-error.js';

/** A PostgreSQL that `postmaster.pid` of a data directory says is running there. */
export interface RunningPostmaster {
  readonly pid: number;
  readonly port: number;
  /** no live Node process is its parent: whoever started it died without stopping it */
  readonly orphaned: boolean;
  readonly parentPid: number;
}

interface ProcessInfo {
  readonly parentPid: number;
  readonly zombie: boolean;
  readonly command: string;
}

/** /proc on Linux, `ps` elsewhere; null when no such process. */
function inspectProcess(pid: number): ProcessInfo | null {
  const proc = `/proc/${pid}`;
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`${proc}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`${proc}/cmdline`, 'utf8').replaceAll('\0', ' ');
      return { parentPid: Number(fields[1]), zombie: fields[0] === 'Z', command };
    } catch {
      return null;
    }
  }
  const ps = spawnSync('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)], { encoding: 'utf8' });
  const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(ps.stdout ?? '');
  if (!match) return null;
  return { parentPid: Number(match[1]), zombie: (match[2] ?? '').startsWith('Z'), command: match[3] ?? '' };
}

function isAlive(pid: number): boolean {
  return signalable(pid) && !(inspectProcess(pid)?.zombie ?? false);
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The postmaster running on `clusterDir` per its `postmaster.pid`, or null. A pid file whose process
 * is gone PostgreSQL clears itself; one whose process is a zombie or now another program (pids are
 * reused after a reboot) is removed here, or PostgreSQL would refuse to start while it lives. When
 * the process cannot be inspected it is taken for a live PostgreSQL: never two on one data directory.
 */
export function findPostmaster(clusterDir: string): RunningPostmaster | null {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = readFileSync(pidFile, 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !signalable(pid)) return null;
  const info = inspectProcess(pid);
  if (!info) return { pid, port, parentPid: 0, orphaned: false };
  // a zombie has exited (no one reaped it; PostgreSQL's own check counts it as alive). Removing its
  // file is safe: PostgreSQL still refuses to start while a backend holds the old shared memory.
  if (info.zombie || !info.command.includes('postgres')) {
    rmSync(pidFile, { force: true });
    return null;
  }
  const parent = info.parentPid > 1 ? inspectProcess(info.parentPid) : null;
  const parentIsNode = parent !== null && /(^|\/)node(\s|$)/.test(parent.command.split(' ')[0] ?? '');
  return { pid, port, parentPid: info.parentPid, orphaned: !parentIsNode };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/**
 * Makes the data directory free for a new postmaster. A PostgreSQL left running by a start that was
 * killed (an orphan, or one already shutting down because its process group was signalled) is
 * stopped: fast shutdown, which keeps every committed transaction, then immediate shutdown if it hangs.
 * It is stopped rather than adopted because its log pipe died with its parent (its words would be
 * lost) and Ctrl-C of the new start must stop it. A PostgreSQL still owned by a live Jicai process is
 * left alone: starting twice on one DATA_DIR is refused.
 */
export async function stopOrphanedPostmaster(
  clusterDir: string,
  dataDirSetting: string,
  log: (line: string) => void,
): Promise<void> {
  const running = findPostmaster(clusterDir);
  if (!running) return;
  if (!running.orphaned) {
    throw new StartupError(
      `another Jicai process (PID ${running.parentPid || '?'}) is already running on DATA_DIR=${dataDirSetting} (its PostgreSQL is PID ${running.pid}): stop it first, or set DATA_DIR to another directory`,
    );
  }
  log(
    `jicai: stopping the embedded PostgreSQL (PID ${running.pid}) that a previous start left running on ${clusterDir}`,
  );
  for (const [signal, ms] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    try {
      process.kill(running.pid, signal);
    } catch {
      // already gone
    }
    if (await waitForExit(running.pid, ms)) return;
  }
  throw new StartupError(
    `the embedded PostgreSQL (PID ${running.pid}) left running on ${clusterDir} does not stop: stop it (kill ${running.pid}) and start again`,
  );
}
