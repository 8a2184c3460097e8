import { readdirSync, readFileSync } from 'node:fs';

// Linux only (/proc): where the CPU goes during a load run, by process of this benchmark's tree —
// the platform's Node processes (SSR, the in-process API, the pg driver), its PostgreSQL, and the
// load generator (this process). Clock ticks are 1/100 s on Linux.
const TICK_MS = 10;

interface Proc {
  readonly ppid: number;
  readonly comm: string;
  readonly ticks: number;
}

function processes(): Map<number, Proc> {
  const all = new Map<number, Proc>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // after the name: state ppid … utime (14th field of the line) stime (15th)
      all.set(Number(entry), {
        ppid: Number(fields[1]),
        comm,
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended while we looked
    }
  }
  return all;
}

export type CpuSnapshot = ReadonlyMap<number, { kind: Kind; ticks: number }>;
type Kind = 'platform' | 'postgres' | 'generator';

/** CPU ticks so far of this process and every process under it. */
export function snapshot(): CpuSnapshot {
  const all = processes();
  const mine = new Map<number, { kind: Kind; ticks: number }>();
  const me = process.pid;
  for (const [pid, p] of all) {
    let at: number | undefined = pid;
    let hops = 0;
    while (at && at !== me && hops++ < 20) at = all.get(at)?.ppid;
    if (at !== me) continue;
    const kind: Kind = pid === me ? 'generator' : p.comm.startsWith('postgres') ? 'postgres' : 'platform';
    mine.set(pid, { kind, ticks: p.ticks });
  }
  return mine;
}

/** CPU ms spent by kind between two snapshots (processes started in between count from zero). */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Record<Kind, number> {
  const spent: Record<Kind, number> = { platform: 0, postgres: 0, generator: 0 };
  for (const [pid, { kind, ticks }] of after)
    spent[kind] += (ticks - (before.get(pid)?.ticks ?? 0)) * TICK_MS;
  return spent;
}

export function describeCpu(spent: Record<Kind, number>, requests: number, seconds: number): string {
  const per = (ms: number) => (requests ? (ms / requests).toFixed(2) : '?');
  const cores = (ms: number) => (ms / 1000 / seconds).toFixed(2);
  return (
    `    CPU per counted answer (timed-out requests cost too): platform (Node: SSR + in-process API) ${per(spent.platform)} ms, PostgreSQL ${per(spent.postgres)} ms, ` +
    `load generator ${per(spent.generator)} ms — cores busy: ${cores(spent.platform)} + ${cores(spent.postgres)} + ${cores(spent.generator)}`
  );
}

/**
 * What one answer costs in CPU, from requests made one after another (nothing queued, so nothing
 * the client gave up on is still being served), and the throughput that allows on `cores` cores —
 * with a closed loop of `connections` clients, latency ≈ connections / throughput.
 */
export function describeCost(
  spent: Record<Kind, number>,
  requests: number,
  cores: number,
  connections = 200,
): string {
  const server = (spent.platform + spent.postgres) / requests;
  const capacity = server > 0 ? (cores * 1000) / server : Infinity;
  return (
    `    CPU per answer, one at a time: platform ${(spent.platform / requests).toFixed(2)} ms + PostgreSQL ${(spent.postgres / requests).toFixed(2)} ms ` +
    `→ at most ~${capacity.toFixed(0)} answers/s on ${cores} cores, so ${connections} connections wait ≥ ~${((connections / capacity) * 1000).toFixed(0)} ms each`
  );
}

/**
 * Waits (up to `maxMs`) until the platform and its database are idle: a load run leaves requests
 * the client gave up on still being served, which would be counted against the next target.
 */
export async function settle(maxMs = 60_000): Promise<void> {
  const until = Date.now() + maxMs;
  let before = snapshot();
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500));
    const after = snapshot();
    const spent = cpuBetween(before, after);
    if (spent.platform + spent.postgres <= 50) return; // under a tenth of a core
    before = after;
  }
}
