import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../startup-error.js';

/** The `postgres` account as root runs PostgreSQL (it refuses to run as root), or null when absent. */
export function postgresAccount(): { uid: number; gid: number } | null {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function nearestExisting(target: string): string {
  let dir = path.resolve(target);
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The first directory on the way to `target` that the account cannot enter, by its mode bits. */
function firstClosedAncestor(target: string, account: { uid: number; gid: number }): string | null {
  const parts = nearestExisting(target).split(path.sep).filter(Boolean);
  let dir: string = path.sep;
  for (const part of ['', ...parts]) {
    dir = part === '' ? dir : path.join(dir, part);
    const s = statSync(dir);
    const bit = s.uid === account.uid ? 0o100 : s.gid === account.gid ? 0o010 : 0o001;
    if ((s.mode & bit) === 0) return dir;
  }
  return null;
}

/**
 * As root, PostgreSQL runs as `postgres`, which must traverse every directory down to its binaries (in
 * node_modules of this clone) and its data directory. A clone in root's home (mode 700) fails deep in
 * initdb with `spawn … EACCES`; say why in one line instead. The check runs a shell as that account,
 * exactly as the server will run (no supplementary groups), and names the closed directory from its mode.
 * Nothing is moved or chmod-ed automatically: opening root's home, or keeping the database away from
 * the DATA_DIR the operator chose, are decisions for the operator.
 */
export function assertPostgresUserCanReach(paths: readonly string[], account: { uid: number; gid: number }) {
  for (const target of paths) {
    const dir = nearestExisting(target);
    const tried = spawnSync('/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir], {
      uid: account.uid,
      gid: account.gid,
    });
    if (tried.status === 0) continue;
    const closed = firstClosedAncestor(dir, account) ?? dir;
    const mode = (statSync(closed).mode & 0o777).toString(8);
    throw new StartupError(
      `as root, the embedded PostgreSQL runs as the postgres user, who cannot enter ${closed} (mode ${mode}) to reach ${target}: ` +
        `clone Jicai and set DATA_DIR under a directory it can reach (e.g. /opt/jicai, DATA_DIR=/var/lib/jicai), run as an ordinary user, or set DATABASE_URL to an external PostgreSQL`,
    );
  }
}
