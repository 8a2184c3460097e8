import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../http/app-error.js';
import { countReports, createDemandRound, problemOf } from '../test-support/demand-fixtures.js';
import { signIn } from '../test-support/sign-in.js';
import { createOrgUser, ensureRegion } from '../test-support/fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { decodeCsv } from './csv-encoding.js';
import { MAX_IMPORT_ROWS, readDemandCsv } from './csv-import.js';

/** Files as the spreadsheets write them, made with Python's codecs (not the decoder under test). */
const file = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../test-support/csv-files/${name}`, import.meta.url)));
const REASON = '院内需求调整';

describe('decodeCsv', () => {
  it.each([
    ['utf8.csv', 'utf-8', REASON],
    ['utf8-bom.csv', 'utf-8', REASON],
    ['gbk.csv', 'gb18030', REASON],
    ['gb18030.csv', 'gb18030', `${REASON}𠮷`],
    ['utf16le-excel.txt', 'utf-16le', REASON],
    ['utf16be-bom.csv', 'utf-16be', REASON],
  ])('reads %s as %s, and the reader finds the reason', (name, encoding, reason) => {
    const decoded = decodeCsv(file(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.startsWith('productCode')).toBe(true);
    const reading = readDemandCsv(decoded.text);
    expect(reading.problems).toEqual([]);
    expect(reading.rows).toMatchObject([{ row: 2, productCode: 'P01', quantity: 10, reason }]);
  });

  it.each(['windows1252.csv', 'utf32le-bom.csv', 'xlsx-like.csv'])(
    'refuses %s, saying which encodings work',
    (name) => {
      let error: unknown;
      try {
        decodeCsv(file(name));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('IMPORT_REJECTED');
      expect((error as AppError).message).toMatch(/UTF-8.*GB18030\/GBK.*UTF-16/);
      expect((error as AppError).messageZh).toMatch(/UTF-8.*GB18030\/GBK.*UTF-16/);
    },
  );

  it('follows a declared charset, and refuses one it does not read', () => {
    expect(decodeCsv(file('gbk.csv'), 'GBK').text).toContain(REASON);
    expect(() => decodeCsv(file('gbk.csv'), 'utf-8')).toThrow(/not valid UTF-8/);
    expect(() => decodeCsv(file('utf8.csv'), 'shift_jis')).toThrow(/charset shift_jis is not accepted/);
  });
});

let t: TestContext;
let cookie: string;
let round: Awaited<ReturnType<typeof createDemandRound>>;

beforeAll(async () => {
  t = await createTestContext();
  await ensureRegion(t.db, 'BJ', '北京市');
  const office = await createOrgUser(t.db, 'office', ['office-admin'], 'enc-office');
  await createOrgUser(t.db, 'hospital', ['hospital-user'], 'enc-hosp', 'BJ');
  cookie = await signIn(t, 'enc-hosp');
  round = await createDemandRound(t.db, {
    createdBy: office.userId,
    regions: ['BJ'],
    products: [{ code: 'P01' }],
  });
});
afterAll(() => t?.close());

const upload = (body: Uint8Array | string, type = 'text/csv') =>
  t.request(`/api/rounds/${round.roundId}/demand/import`, {
    method: 'POST',
    cookie,
    body: body as RequestInit['body'],
    headers: { 'content-type': type },
  });
const storedReason = async () =>
  (
    await t.db
      .selectFrom('demand_report')
      .select('reason')
      .where('round_id', '=', round.roundId)
      .executeTakeFirstOrThrow()
  ).reason;

describe('CSV import in the encodings offices use', () => {
  it.each([
    ['gbk.csv', 'text/csv'],
    ['utf16le-excel.txt', 'text/plain'],
    ['utf8-bom.csv', 'application/vnd.ms-excel'],
  ])('stores the reason of %s (%s) as written', async (name, type) => {
    const res = await upload(file(name), type);
    expect(res.status).toBe(200);
    expect(await storedReason()).toBe(REASON);
  });

  it('refuses a Windows-1252 file and stores nothing of it', async () => {
    const before = await countReports(t.db, round.roundId);
    const res = await upload(file('windows1252.csv'));
    expect(res.status).toBe(422);
    const p = await problemOf(res);
    expect(p.errors[0]?.path).toBe('file');
    expect(p.detailEn).toMatch(/GB18030\/GBK/);
    expect(await countReports(t.db, round.roundId)).toBe(before);
    expect(await storedReason()).toBe(REASON);
  });
});

describe('CSV import limits', () => {
  it('lists the first 100 problems of a bad file, and counts them all', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `P01,x${i}`);
    const p = await problemOf(await upload(`productCode,quantity\n${lines.join('\n')}\n`));
    expect(p.code).toBe('IMPORT_REJECTED');
    expect(p.errors).toHaveLength(100);
    expect(p.errors[0]?.path).toBe('row 2.quantity');
    expect(p.errorCount).toBe(300 + 299); // each row's quantity, and 299 repeats of row 2's product
    expect(p.detailEn).toMatch(
      /^599 problem\(s\) in 300 row\(s\); nothing was saved; the first 100 are listed$/,
    );
  });

  it(`stops reading after ${MAX_IMPORT_ROWS} rows`, async () => {
    const lines = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `P${i},1`);
    const p = await problemOf(await upload(`productCode,quantity\n${lines.join('\n')}\n`));
    expect(p.errors).toMatchObject([
      { path: `row ${MAX_IMPORT_ROWS + 2}`, message: expect.stringContaining('at most') },
    ]);
    expect(p.errorCount).toBe(1);
  });

  it('keeps a refusal small when cells are megabytes long', async () => {
    const huge = 'Z'.repeat(1024 * 1024);
    const res = await upload(`productCode,quantity,${huge}\n${huge},1,\n${huge},x,\n`);
    expect(res.status).toBe(422);
    expect((await res.text()).length).toBeLessThan(16 * 1024);
  });

  it('refuses a file above 32 MiB before reading it (413)', async () => {
    const res = await upload(`productCode,quantity\n${'P01,x\n'.repeat(6_000_000)}`);
    expect(res.status).toBe(413);
    expect((await problemOf(res)).code).toBe('PAYLOAD_TOO_LARGE');
  });
});
