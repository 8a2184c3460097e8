import { readdirSync, readFileSync } from 'node:fs';

// Where the 2 cores go during a benchmark step, from /proc (Linux): the benchmark process itself
// (load generator and the idle primary), its HTTP worker processes, its PostgreSQL, and everything
// else on the machine (other agents' work shares these cores too). In % of one core.

const TICKS_PER_S = 100; // USER_HZ, 100 on every Linux distribution we run on

interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  readonly comm: string;
  readonly ticks: number;
}

function readProc(pid: string): ProcStat | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may hold spaces and parentheses: the fields after it start past the last ')'
    const close = s.lastIndexOf(')');
    const comm = s.slice(s.indexOf('(') + 1, close);
    const f = s.slice(close + 2).split(' ');
    return { pid: Number(pid), ppid: Number(f[1]), comm, ticks: Number(f[11]) + Number(f[12]) };
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

interface Snapshot {
  readonly at: number;
  readonly machine: { busy: number; total: number };
  readonly ticks: { self: number; api: number; postgres: number };
}

function snapshot(): Snapshot {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(readProc)
    .filter((p): p is ProcStat => p !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const ticks = { self: 0, api: 0, postgres: 0 };
  const visit = (p: ProcStat, depth: number) => {
    if (depth === 0) ticks.self += p.ticks;
    else if (p.comm.startsWith('postgres')) ticks.postgres += p.ticks;
    else ticks.api += p.ticks; // the forked HTTP workers (and tsx's idle esbuild service)
    for (const c of children.get(p.pid) ?? []) visit(c, depth + 1);
  };
  const self = all.find((p) => p.pid === process.pid);
  if (self) visit(self, 0);
  return { at: performance.now(), machine: machineTicks(), ticks };
}

export interface CpuShares {
  readonly generatorPct: number;
  readonly apiPct: number;
  readonly postgresPct: number;
  readonly machineBusyPct: number;
  readonly othersPct: number;
  readonly cores: number;
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
  const generatorPct = pct(b.ticks.self - a.ticks.self);
  const apiPct = pct(b.ticks.api - a.ticks.api);
  const postgresPct = pct(b.ticks.postgres - a.ticks.postgres);
  const othersPct = Math.max(0, machineBusyPct - generatorPct - apiPct - postgresPct);
  return { result, cpu: { generatorPct, apiPct, postgresPct, machineBusyPct, othersPct, cores } };
}

export function describeCpu(c: CpuShares): string {
  const p = (v: number) => `${v.toFixed(0)} %`;
  return (
    `CPU (% of one core, ${c.cores} cores = ${c.cores * 100} %): generator ${p(c.generatorPct)}, ` +
    `API workers ${p(c.apiPct)}, PostgreSQL ${p(c.postgresPct)}, other processes on the machine ` +
    `${p(c.othersPct)}; machine busy ${p(c.machineBusyPct)}`
  );
}
