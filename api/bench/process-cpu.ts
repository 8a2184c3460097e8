import { readdirSync, readFileSync } from 'node:fs';

// Where the 2 cores go during a benchmark step, from /proc (Linux): the benchmark process itself
// (load generator and the idle primary), its HTTP worker processes, its PostgreSQL, and everything
// else on the machine (other agents' work shares these cores too). In % of one core. Beside it, how
// long the benchmark's threads were ready to run but waited for a core (schedstat's run delay).

const TICKS_PER_S = 100; // USER_HZ, 100 on every Linux distribution we run on

interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  readonly comm: string;
  readonly ticks: number;
  /** ns its threads spent runnable but not running, since each started */
  readonly runDelayNs: number;
}

/** Summed over the process's threads: a Node process runs libuv and V8 threads beside its main one. */
function runDelayNs(pid: string): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const f = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
    ns += Number(f[1] ?? 0);
  }
  return ns;
}

function readProc(pid: string): ProcStat | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may hold spaces and parentheses: the fields after it start past the last ')'
    const close = s.lastIndexOf(')');
    const comm = s.slice(s.indexOf('(') + 1, close);
    const f = s.slice(close + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    return { pid: Number(pid), ppid: Number(f[1]), comm, ticks, runDelayNs: 0 };
  } catch {
    return undefined; // the process ended meanwhile
  }
}

/** busy and total ticks of all cores since boot */
function machineTicks(): { busy: number; total: number } {
  const cpu = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1);
  const v = cpu.map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

type Group = 'self' | 'api' | 'postgres';

interface Snapshot {
  readonly at: number;
  readonly machine: { busy: number; total: number };
  /** CPU ticks by pid of the benchmark's process tree, with the part each belongs to */
  readonly tree: Map<number, { group: Group; ticks: number; runDelayNs: number }>;
}

function snapshot(): Snapshot {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(readProc)
    .filter((p): p is ProcStat => p !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree = new Map<number, { group: Group; ticks: number; runDelayNs: number }>();
  const visit = (p: ProcStat, depth: number) => {
    // below the benchmark: PostgreSQL's processes, and the forked HTTP workers (with tsx's esbuild)
    const group = depth === 0 ? 'self' : p.comm.startsWith('postgres') ? 'postgres' : 'api';
    let delay = 0;
    try {
      delay = runDelayNs(String(p.pid));
    } catch {
      // ended meanwhile
    }
    tree.set(p.pid, { group, ticks: p.ticks, runDelayNs: delay });
    for (const c of children.get(p.pid) ?? []) visit(c, depth + 1);
  };
  const self = all.find((p) => p.pid === process.pid);
  if (self) visit(self, 0);
  return { at: performance.now(), machine: machineTicks(), tree };
}

/** what each part used between two snapshots (a process that ended meanwhile is not counted) */
function used(a: Snapshot, b: Snapshot, field: 'ticks' | 'runDelayNs'): Record<Group, number> {
  const sums = { self: 0, api: 0, postgres: 0 };
  for (const [pid, p] of b.tree) sums[p.group] += p[field] - (a.tree.get(pid)?.[field] ?? 0);
  return sums;
}

export interface CpuShares {
  readonly generatorPct: number;
  readonly apiPct: number;
  readonly postgresPct: number;
  readonly machineBusyPct: number;
  readonly othersPct: number;
  readonly cores: number;
  /** ms per second the benchmark's threads waited for a core while ready to run, by part */
  readonly waitMsPerS: Record<'generator' | 'api' | 'postgres', number>;
}

/** Runs `fn` and reports the CPU each part used meanwhile. */
export async function measureCpu<T>(fn: () => Promise<T>): Promise<{ result: T; cpu: CpuShares }> {
  const a = snapshot();
  const result = await fn();
  const b = snapshot();
  const seconds = (b.at - a.at) / 1000;
  const pct = (ticks: number) => (100 * ticks) / TICKS_PER_S / seconds;
  const machineTotal = b.machine.total - a.machine.total;
  const cores = Math.round(machineTotal / TICKS_PER_S / seconds);
  const machineBusyPct = (100 * cores * (b.machine.busy - a.machine.busy)) / machineTotal;
  const ticks = used(a, b, 'ticks');
  const delay = used(a, b, 'runDelayNs');
  const perS = (ns: number) => ns / 1e6 / seconds;
  const waitMsPerS = { generator: perS(delay.self), api: perS(delay.api), postgres: perS(delay.postgres) };
  const generatorPct = pct(ticks.self);
  const apiPct = pct(ticks.api);
  const postgresPct = pct(ticks.postgres);
  const othersPct = Math.max(0, machineBusyPct - generatorPct - apiPct - postgresPct);
  return {
    result,
    cpu: { generatorPct, apiPct, postgresPct, machineBusyPct, othersPct, cores, waitMsPerS },
  };
}

export function describeCpu(c: CpuShares): string {
  const p = (v: number) => `${v.toFixed(0)} %`;
  return (
    `CPU (% of one core, ${c.cores} cores = ${c.cores * 100} %): generator ${p(c.generatorPct)}, ` +
    `API workers ${p(c.apiPct)}, PostgreSQL ${p(c.postgresPct)}, other processes on the machine ` +
    `${p(c.othersPct)}; machine busy ${p(c.machineBusyPct)}; ready but waiting for a core: ` +
    `generator ${c.waitMsPerS.generator.toFixed(0)} ms/s, API workers ${c.waitMsPerS.api.toFixed(0)} ms/s, ` +
    `PostgreSQL ${c.waitMsPerS.postgres.toFixed(0)} ms/s`
  );
}
