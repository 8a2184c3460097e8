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
    `    CPU per answer: platform (Node: SSR + in-process API) ${per(spent.platform)} ms, PostgreSQL ${per(spent.postgres)} ms, ` +
    `load generator ${per(spent.generator)} ms — cores busy: ${cores(spent.platform)} + ${cores(spent.postgres)} + ${cores(spent.generator)}`
  );
}
