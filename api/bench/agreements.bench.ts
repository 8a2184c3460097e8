import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateToLatest } from '@jicai/migrations';
import { sql } from 'kysely';
import PDFDocument from 'pdfkit';
import { loadConfig } from '../src/config.js';
import { createDb, type Db } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { openDocumentStore } from '../src/documents/document-store.js';
import { startLocalStore } from '../src/documents/local-store.js';
import { ephemeralSigner } from '../src/sealing/platform-signer.js';
import { loadAgreementDocuments } from '../src/agreements/agreement-issue.js';
import { advanceAgreementJobs, agreementJobDeps } from '../src/agreements/agreement-job.js';
import { renderAgreementPdf } from '../src/agreements/agreement-pdf.js';
import { startRenderPool } from '../src/agreements/agreement-render-pool.js';
import { findRoundContext, nextToIssue, type RoundContext } from '../src/agreements/agreements.repository.js';
import { loadCjkFonts } from '../src/pdf/pdf-fonts.js';
import { insertCatalogue, insertStageRound } from '../src/test-support/matrix/matrix-round-rows.js';
import { makeUscc } from '../src/test-support/fixtures.js';
import type { Actor } from '../src/auth/roles.js';

// `npm run bench:agreements -w api`: purchase agreements (购销协议) per second on this machine, the goal
// ≥ 50/s (46 000 institutions of a national round in under 16 minutes). Measures, in one run on an
// embedded PostgreSQL and the platform's local S3 store: a baseline (a one-line PDF in a built-in
// font, no CJK), the agreement render alone, and the full path the platform's job takes (render,
// store, record with the audit link, mark issued). Prints figures, ends with one RESULT line.
const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 1000);
const LINES = Number(process.env.BENCH_LINES ?? 3);
const PRODUCTS = 10;
const COMPANIES = 20;
const BASELINE_RENDERS = 300;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-bench-agreements-'));
chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const fmt = (n: number) => n.toFixed(1);

/** A round in volumes-agreed with AGREEMENTS agreements of LINES lines each, and their job running. */
async function buildRound(db: Db): Promise<string> {
  await db
    .insertInto('region')
    .values([
      { code: 'BJ', name: '北京市' },
      { code: 'TJ', name: '天津市' },
    ])
    .execute();
  const office = await db
    .insertInto('organisation')
    .values({ kind: 'office', name: '国家组织药品联合采购办公室' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const admin = await db
    .insertInto('app_user')
    .values({
      organisation_id: office.id,
      login: 'bench-admin',
      display_name: 'bench',
      password_hash: 'x',
      roles: ['office-admin'],
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  const organisations = async (kind: 'hospital' | 'company', n: number, name: (i: number) => string) =>
    db
      .insertInto('organisation')
      .values(
        Array.from({ length: n }, (_, i) => ({ kind, name: name(i), uscc: makeUscc(), region_code: 'BJ' })),
      )
      .returning('id')
      .execute();
  const companies = await organisations('company', COMPANIES, (i) => `华北制药股份有限公司第${i + 1}分公司`);
  const hospitals: { id: string }[] = [];
  for (let i = 0; i < AGREEMENTS; i += 1000)
    hospitals.push(
      ...(await organisations(
        'hospital',
        Math.min(1000, AGREEMENTS - i),
        (k) => `北京市第${i + k + 1}人民医院`,
      )),
    );
  const roundId = await insertStageRound(db, {
    createdBy: admin.id,
    state: 'volumes-agreed',
    ruleset: 'nvbp-10',
    closed: true,
  });
  // registrations are not read by agreements: a few companies suffice for the catalogue
  const actors = companies.slice(0, 5).map((c) => ({ organisationId: c.id, userId: admin.id }) as Actor);
  const catalogue = await insertCatalogue(
    db,
    roundId,
    Array.from({ length: PRODUCTS }, (_, i) => `P${i + 1}`),
    actors,
  );
  const products = [...catalogue.values()].map((p) => p.productId);
  await db
    .insertInto('round_award')
    .values({ round_id: roundId, volumes_agreed_at: new Date('2027-03-08T01:00:00Z') })
    .execute();
  const pairs = hospitals.map((h, i) => ({
    round_id: roundId,
    hospital_id: h.id,
    company_id: (companies[i % COMPANIES] as { id: string }).id,
  }));
  for (let i = 0; i < pairs.length; i += 1000)
    await db
      .insertInto('agreement')
      .values(pairs.slice(i, i + 1000))
      .execute();
  await sql`insert into agreement_line (agreement_id, product_id, group_key, spec_code, units_per_pack, pack_price,
      agreed_volume, supply, cycle_start, cycle_end)
    select a.id, (${products}::uuid[])[1 + (abs(hashtext(a.id::text)) + k) % ${PRODUCTS}], null, 'S1', 14, 12.34,
      100000 + k * 7919, case when k = 2 then 'backup' else 'primary' end, '2027-04-01', '2029-03-31'
    from agreement a cross join generate_series(0, ${LINES - 1}) k
    where a.round_id = ${roundId}::uuid
    on conflict do nothing`.execute(db);
  await db
    .insertInto('agreement_job')
    .values({ round_id: roundId, state: 'running', total: AGREEMENTS, started_by: admin.id })
    .execute();
  return roundId;
}

/** Baseline: a one-line PDF in Helvetica (no CJK font, no table), rendered by pdfkit alone. */
async function renderBaseline(i: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', compress: true, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.font('Helvetica').fontSize(12).text(`Agreement ${i}: one line, no CJK`);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

const TICKS_PER_S = 100; // USER_HZ of /proc/<pid>/stat on Linux

/**
 * CPU seconds used so far by this process (all its threads) and by its descendants still running
 * (the embedded PostgreSQL's server processes): the cost of an agreement, which unlike wall time
 * does not grow when other programs share the cores.
 */
function cpuSeconds(): { node: number; postgres: number } {
  const { user, system } = process.cpuUsage();
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended while we read
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  let postgres = 0;
  for (const [pid, t] of ticks) if (descends(pid)) postgres += t;
  return { node: (user + system) / 1e6, postgres: postgres / TICKS_PER_S };
}

async function timeEach(n: number, one: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await one(i);
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { perS: n / seconds, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), log: () => {} });
const store = await startLocalStore({ directory: path.join(tmp, 'documents'), bucket: 'jicai-bench' });
const db = createDb(pg.ownerUrl, 20);
try {
  await migrateToLatest(db);
  const documents = openDocumentStore(store.settings);
  await documents.ensureBucket();
  const config = loadConfig({ NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://jicai.example.cn' });
  const deps = agreementJobDeps({ db, signer: ephemeralSigner(), documents, config });
  const t0 = performance.now();
  const roundId = await buildRound(db);
  console.log(
    `world: ${AGREEMENTS} agreements × ${LINES} lines written in ${fmt((performance.now() - t0) / 1000)} s`,
  );
  loadCjkFonts(); // parsed once per process, as the platform does: not part of a render

  const baseline = await timeEach(BASELINE_RENDERS, renderBaseline);
  const round = (await findRoundContext(db, roundId)) as RoundContext;
  const sample = await loadAgreementDocuments(db, round, await nextToIssue(db, roundId, 200));
  const verification = { code: '7K3M-Q9TX-2B4R', url: 'https://jicai.example.cn/verify/7K3M-Q9TX-2B4R' };
  const sizes: number[] = [];
  const renderCpu0 = process.cpuUsage();
  const render = await timeEach(sample.length, async (i) => {
    const bytes = await renderAgreementPdf(sample[i] as (typeof sample)[number], verification);
    sizes.push(bytes.length);
    createHash('sha256').update(bytes).digest('hex');
  });
  const renderCpuUsage = process.cpuUsage(renderCpu0);
  const renderCpuMs = (renderCpuUsage.user + renderCpuUsage.system) / 1000 / sample.length;

  // the full path twice over the round's agreements: the first half rendered in the main thread,
  // the second half in a pool of render threads, one per core (what the platform runs)
  const half = Math.floor(AGREEMENTS / 2);
  const issue = async (jobDeps: typeof deps, count: number) => {
    const started = performance.now();
    let issued = 0;
    while (issued < count) {
      const n = await advanceAgreementJobs(jobDeps, {
        batchSize: Math.min(50, count - issued),
        concurrency: 4,
        maxBatches: 1,
      });
      if (n === 0) break;
      issued += n;
    }
    return { issued, seconds: (performance.now() - started) / 1000 };
  };
  const cpu0 = cpuSeconds();
  const single = await issue(deps, half);
  const cpu1 = cpuSeconds();
  const threads = os.availableParallelism();
  const pool = startRenderPool(threads);
  const pooledDeps = { ...deps, render: pool.render };
  await pooledDeps.render(sample[0] as (typeof sample)[number], verification); // the threads' fonts parsed
  const cpu2 = cpuSeconds();
  const pooled = await issue(pooledDeps, AGREEMENTS - half);
  const cpu3 = cpuSeconds();
  await pool.close();
  // CPU milliseconds per agreement of the full path (threads' renders included), and the rate two
  // cores would give if the job had them to itself
  const cpuMs = (a: typeof cpu0, b: typeof cpu0, n: number) => ({
    node: ((b.node - a.node) / n) * 1000,
    postgres: ((b.postgres - a.postgres) / n) * 1000,
  });
  const singleCpu = cpuMs(cpu0, cpu1, half);
  const pooledCpu = cpuMs(cpu2, cpu3, AGREEMENTS - half);
  const cores = os.cpus().length;
  const capacity = (c: typeof singleCpu) => (cores * 1000) / (c.node + c.postgres);
  const singleRate = single.issued / single.seconds;
  const full = pooled.issued / pooled.seconds;
  const issued = single.issued + pooled.issued;

  const national = 46_000 / full / 60;
  const projected = capacity(pooledCpu);
  const meanKb = sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024;
  console.log(
    `cores: ${os.cpus().length}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `baseline  one-line PDF, no CJK:     ${fmt(baseline.perS)}/s  p50 ${fmt(baseline.p50)} ms  p99 ${fmt(baseline.p99)} ms`,
  );
  console.log(
    `render    agreement (${LINES} lines, CJK): ${fmt(render.perS)}/s  p50 ${fmt(render.p50)} ms  p99 ${fmt(render.p99)} ms  (${fmt(meanKb)} KiB each)`,
  );
  console.log(
    `full path render+store+record+audit, main thread: ${fmt(singleRate)}/s over ${single.issued} agreements (${fmt(single.seconds)} s)`,
  );
  console.log(
    `full path, ${threads} render threads (the platform's way): ${fmt(full)}/s over ${pooled.issued} agreements (${fmt(pooled.seconds)} s)`,
  );
  if (issued !== AGREEMENTS) throw new Error(`issued ${issued} of ${AGREEMENTS}`);
  console.log(
    `CPU per agreement: render ${fmt(renderCpuMs)} ms; full path in the main thread ${fmt(singleCpu.node)} ms Node + ${fmt(singleCpu.postgres)} ms PostgreSQL, with render threads ${fmt(pooledCpu.node)} + ${fmt(pooledCpu.postgres)} ms`,
  );
  console.log(
    `capacity of the ${cores} cores to the job alone (CPU-bound): ${fmt(projected)}/s, a national round in ${fmt(46_000 / projected / 60)} min`,
  );
  console.log(
    `a national round (46 000 agreements) at this rate: ${fmt(national)} min (goal < 16 min, ≥ 50/s)`,
  );
  console.log(
    `RESULT agreements_per_s=${full.toFixed(1)} threads=${threads} single_thread_per_s=${singleRate.toFixed(1)} render_per_s=${render.perS.toFixed(1)} render_ms_p50=${render.p50.toFixed(2)} render_cpu_ms=${renderCpuMs.toFixed(2)} baseline_per_s=${baseline.perS.toFixed(1)} baseline_ms_p50=${baseline.p50.toFixed(2)} national_min=${national.toFixed(1)} cpu_ms_per_agreement=${(pooledCpu.node + pooledCpu.postgres).toFixed(2)} capacity_2_cores_per_s=${projected.toFixed(1)} load1=${os.loadavg()[0]?.toFixed(2)}`,
  );
} finally {
  await db.destroy();
  await store.stop();
  await pg.stop();
  rmSync(tmp, { recursive: true, force: true });
}
