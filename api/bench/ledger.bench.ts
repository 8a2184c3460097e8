import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Dec } from '@jicai/domain';
import { migrateToLatest } from '@jicai/migrations';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createDb, type Db } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import {
  institutionProgressQuery,
  regionProductProgressQuery,
} from '../src/monitoring/progress.repository.js';
import type { PurchaseLines } from '../src/purchases/purchase-import.repository.js';
import { ingestPurchaseRows } from '../src/purchases/purchase-ingest.js';
import type { HospitalRow } from '../src/purchases/purchase-lines.js';
import {
  buildLedgerWorld,
  LEDGER_REGIONS,
  type LedgerWorld,
} from '../src/test-support/ledger-bench-world.js';

// `npm run bench:ledger -w api`: a national cycle (issue 12.8). ~46,000 institutions × 65 products,
// agreements and their ~3 million lines, then 5,000,000 purchase lines ingested through the purchase
// import's own path after parsing (the set-based lookups of products, companies and agreement
// lines, then one `unnest` insert per file that skips references already recorded through the
// unique index, the rollup trigger once per file), in
// files of 100,000 lines, alternating with a raw PostgreSQL COPY of the same resolved rows into a
// copy of the purchase table with the same definition (columns, defaults, identity, checks,
// indexes, foreign keys and the rollup trigger into a rollup of its own). A bare COPY (no indexes,
// constraints or trigger) of every fifth file is reported beside it. Then the monitoring progress
// queries, by region × product and by institution, hundreds of each with random picks: p50/p95.
// Prints figures (not a timed test) and ends with one RESULT line.
const HOSPITALS = Number(process.env.BENCH_HOSPITALS ?? 46_000);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 65);
const LINES = Number(process.env.BENCH_LINES ?? 5_000_000);
const FILE_LINES = Number(process.env.BENCH_FILE_LINES ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const TODAY = '2027-12-31';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-bench-ledger-'));
chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const seconds = (since: number) => (performance.now() - since) / 1000;
const fen = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** File `f`'s lines as the reader hands them on: a regional export, hospitals in a run. */
function fileRows(w: LedgerWorld, f: number): HospitalRow[] {
  const rows: HospitalRow[] = [];
  const end = Math.min(LINES, (f + 1) * FILE_LINES);
  for (let g = f * FILE_LINES; g < end; g++) {
    const h = Math.floor((g * HOSPITALS) / LINES);
    const hospital = w.hospitals[h] as LedgerWorld['hospitals'][number];
    const p = (g * 17) % PRODUCTS;
    // one line in 30 is bought from a company without an agreement for it (what the cap watches)
    const outside = g % 30 === 0;
    const company = w.companies[(w.winner(p, hospital.regionIndex) + (outside ? 7 : 0)) % w.companies.length];
    const packPrice = outside ? fen(w.priceCents(p) + 99) : fen(w.priceCents(p));
    const packs = 1 + (g % 50);
    const month = 1 + ((g * 7) % 12);
    rows.push({
      sheet: null,
      row: g - f * FILE_LINES + 2,
      externalRef: `RK${g}`,
      productCode: w.productCode(p),
      company: company as string,
      specCode: null,
      packs,
      packPrice,
      amount: new Dec(packPrice).times(packs).toFixed(),
      orderedOn: `2027-${String(month).padStart(2, '0')}-${String(1 + (g % 28)).padStart(2, '0')}`,
      hospitalId: hospital.id,
      regionCode: hospital.regionCode,
    });
  }
  return rows;
}

const COPY_COLUMNS = `round_id, hospital_id, region_code, product_id, company_id, agreement_id, spec_code, packs,
  units, pack_price, amount, ordered_on, source, import_id, external_ref, status`;

function copyText(roundId: string, importId: string, l: PurchaseLines): string {
  const out: string[] = [];
  for (let i = 0; i < l.productIds.length; i++)
    out.push(
      `${roundId}\t${l.hospitalIds[i]}\t${l.regionCodes[i]}\t${l.productIds[i]}\t${l.companyIds[i]}\t${l.agreementIds[i] ?? '\\N'}\t${l.specCodes[i]}\t${l.packs[i]}\t${l.units[i]}\t${l.packPrices[i]}\t${l.amounts[i]}\t${l.orderedOn[i]}\timport\t${importId}\t${l.externalRefs[i]}\trecorded\n`,
    );
  return out.join('');
}

async function copyInto(client: pg.Client, table: string, text: string) {
  const started = performance.now();
  await client.query('begin');
  await pipeline(Readable.from([text]), client.query(copyFrom(`copy ${table} (${COPY_COLUMNS}) from stdin`)));
  await client.query('commit');
  return seconds(started);
}

/** The purchase table's twin for COPY: same definition, foreign keys, and the rollup trigger into its own rollup. */
async function createCopyTables(db: Db) {
  for (const statement of [
    `create table purchase_copy (like purchase including all)`,
    `alter table purchase_copy
       add foreign key (round_id) references round(id), add foreign key (hospital_id) references organisation(id),
       add foreign key (region_code) references region(code), add foreign key (product_id) references product(id),
       add foreign key (company_id) references organisation(id), add foreign key (agreement_id) references agreement(id),
       add foreign key (ordered_by) references app_user(id), add foreign key (import_id) references purchase_import(id)`,
    `create table purchase_month_copy (like purchase_month including all)`,
    `create table purchase_bare (like purchase including defaults including identity)`,
  ])
    await sql.raw(statement).execute(db);
  const { rows } = await sql<{
    def: string;
  }>`select pg_get_functiondef('purchase_month_inserted'::regproc) as def`.execute(db);
  await sql.raw((rows[0]?.def ?? '').replaceAll('purchase_month', 'purchase_month_copy')).execute(db);
  await sql`create trigger purchase_month_copy_on_insert after insert on purchase_copy
    referencing new table as written for each statement execute function purchase_month_copy_inserted()`.execute(
    db,
  );
}

const database = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), log: () => {} });
const db = createDb(database.ownerUrl, 4);
try {
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${os.cpus().length} cores)`,
  );
  await migrateToLatest(db);
  let started = performance.now();
  const w = await buildLedgerWorld(db, { hospitals: HOSPITALS, products: PRODUCTS });
  console.log(
    `world: ${HOSPITALS} institutions in ${LEDGER_REGIONS.length} regions, ${PRODUCTS} products, ${w.agreements} agreements, ${w.agreementLines} agreement lines (${seconds(started).toFixed(1)} s)`,
  );
  await createCopyTables(db);
  const client = new pg.Client({ connectionString: database.ownerUrl });
  await client.connect();

  const files = Math.ceil(LINES / FILE_LINES);
  let ingestSeconds = 0;
  let copySeconds = 0;
  let bareSeconds = 0;
  let bareLines = 0;
  let recorded = 0;
  for (let f = 0; f < files; f++) {
    const rows = fileRows(w, f);
    // the import's path after parsing: its own file row, lookups, one insert, in one transaction
    started = performance.now();
    const { lines, importId } = await db.transaction().execute(async (trx) => {
      const file = await trx
        .insertInto('purchase_import')
        .values({
          hospital_id: rows[0]?.hospitalId as string,
          round_id: w.roundId,
          file_sha256: randomBytes(32).toString('hex'),
          file_name: `bench-${f}.csv`,
          line_count: rows.length,
          imported_by: w.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const ingested = await ingestPurchaseRows(
        trx,
        { roundId: w.roundId, importId: file.id, by: w.userId },
        rows,
        TODAY,
      );
      recorded += ingested.recorded;
      return { lines: ingested.lines, importId: file.id };
    });
    const ingest = seconds(started);
    ingestSeconds += ingest;
    const text = copyText(w.roundId, importId, lines);
    const copy = await copyInto(client, 'purchase_copy', text);
    copySeconds += copy;
    if (f % 5 === 0) {
      bareSeconds += await copyInto(client, 'purchase_bare', text);
      bareLines += rows.length;
    }
    console.log(
      `file ${f + 1}/${files}: ingest ${ingest.toFixed(2)} s, COPY ${copy.toFixed(2)} s (load ${os.loadavg()[0]?.toFixed(1)})`,
    );
  }
  const ingestRate = LINES / ingestSeconds;
  const copyRate = LINES / copySeconds;
  const bareRate = bareLines / bareSeconds;
  const [{ n: rollupLines } = { n: '0' }] = (
    await sql<{ n: string }>`select sum(lines)::text as n from purchase_month`.execute(db)
  ).rows;
  console.log(`recorded ${recorded} purchase lines; the rollup counts ${rollupLines}`);
  await client.query('analyze');
  await client.end();

  const regionProduct: number[] = [];
  const institution: number[] = [];
  const pick = (n: number) => Math.floor(Math.random() * n);
  for (let q = 0; q < QUERIES; q++) {
    let t0 = performance.now();
    await regionProductProgressQuery(w.roundId, {
      regionCode: LEDGER_REGIONS[pick(LEDGER_REGIONS.length)],
      productId: w.productIds[pick(PRODUCTS)],
    }).execute(db);
    regionProduct.push(performance.now() - t0);
    t0 = performance.now();
    await institutionProgressQuery(w.roundId, (w.hospitals[pick(HOSPITALS)] as { id: string }).id).execute(
      db,
    );
    institution.push(performance.now() - t0);
  }
  // a region's whole table (every product × company of it), what a bureau's dashboard reads
  const regionWhole: number[] = [];
  for (let q = 0; q < Math.min(QUERIES, 100); q++) {
    const t0 = performance.now();
    await regionProductProgressQuery(w.roundId, {
      regionCode: LEDGER_REGIONS[pick(LEDGER_REGIONS.length)],
    }).execute(db);
    regionWhole.push(performance.now() - t0);
  }
  for (const xs of [regionProduct, institution, regionWhole]) xs.sort((a, b) => a - b);
  const rp95 = percentile(regionProduct, 0.95);
  const in95 = percentile(institution, 0.95);

  console.log(
    `ingest (import path after parsing): ${ingestRate.toFixed(0)} lines/s over ${files} files of ${FILE_LINES}`,
  );
  console.log(
    `raw COPY into purchase's twin (same indexes, checks, foreign keys, rollup trigger): ${copyRate.toFixed(0)} lines/s`,
  );
  console.log(
    `bare COPY (no indexes, constraints or trigger), every fifth file: ${bareRate.toFixed(0)} lines/s`,
  );
  console.log(`ratio ingest / COPY: ${(ingestRate / copyRate).toFixed(3)} (goal ≥ 0.5)`);
  console.log(
    `progress by region × product: p50 ${percentile(regionProduct, 0.5).toFixed(1)} ms, p95 ${rp95.toFixed(1)} ms (${QUERIES} queries)`,
  );
  console.log(
    `progress by institution: p50 ${percentile(institution, 0.5).toFixed(1)} ms, p95 ${in95.toFixed(1)} ms (${QUERIES} queries)`,
  );
  console.log(
    `progress of a whole region: p50 ${percentile(regionWhole, 0.5).toFixed(1)} ms, p95 ${percentile(regionWhole, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `load average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const met = ingestRate >= 0.5 * copyRate && rp95 < 100 && in95 < 100;
  console.log(
    `RESULT ingest_lines_per_s=${ingestRate.toFixed(0)} copy_lines_per_s=${copyRate.toFixed(0)} ratio=${(ingestRate / copyRate).toFixed(3)} bare_copy_lines_per_s=${bareRate.toFixed(0)} region_product_p95_ms=${rp95.toFixed(1)} institution_p95_ms=${in95.toFixed(1)} goal=${met ? 'met' : 'missed'}`,
  );
} finally {
  await db.destroy();
  await database.stop();
  rmSync(tmp, { recursive: true, force: true });
}
