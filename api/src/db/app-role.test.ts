import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { canDisableGuards, ensureLoginRole, grantAppPrivileges } from './app-role.js';
import { createDb, type Db } from './database.js';

// issue 8 §3: the application must not hold the power to switch the audit guards off. The API's role (what
// the embedded cluster calls jicai_app; MIGRATION_DATABASE_URL grants it for an external one) reads
// and writes rows, and nothing more.

let t: TestContext;
let app: Db;
const role = `jicai_app_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');

beforeAll(async () => {
  t = await createTestContext();
  await ensureLoginRole(t.db, role, password);
  await grantAppPrivileges(t.db, role);
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  const url = new URL(inject('pgServerUrl'));
  url.username = role;
  url.password = password;
  url.pathname = `/${rows[0]?.name as string}`;
  app = createDb(url.toString(), 2);
});
afterAll(async () => {
  await app?.destroy();
  await sql.raw(`drop owned by ${role}`).execute(t.db);
  await t.close();
  const admin = createDb(inject('pgServerUrl'), 1);
  await sql.raw(`drop role if exists ${role}`).execute(admin);
  await admin.destroy();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string }) => error.code ?? 'no code',
  );

describe("the API's database role", () => {
  it('cannot SET session_replication_role = replica (which would silence every trigger)', async () => {
    expect(await refusal(sql`set session_replication_role = replica`.execute(app))).toBe('42501');
  });

  it('cannot ALTER TABLE audit_event DISABLE TRIGGER ALL, nor drop the guard', async () => {
    expect(await refusal(sql`alter table audit_event disable trigger all`.execute(app))).toBe('42501');
    expect(
      await refusal(sql`alter table audit_event disable trigger audit_event_append_only`.execute(app)),
    ).toBe('42501');
    expect(await refusal(sql`drop trigger audit_event_append_only on audit_event`.execute(app))).toBe(
      '42501',
    );
  });

  it('may read and insert audit rows but not update, delete or truncate them', async () => {
    await sql`select count(*) from audit_event`.execute(app);
    expect(await refusal(sql`update audit_event set action = action`.execute(app))).toBe('42501');
    expect(await refusal(sql`delete from audit_event`.execute(app))).toBe('42501');
    expect(await refusal(sql`truncate audit_event`.execute(app))).toBe('42501');
    expect(await refusal(sql`delete from kysely_migration`.execute(app))).toBe('42501');
  });

  it('writes ordinary rows, and only the owner is told it could switch the guards off', async () => {
    await sql`insert into region (code, name) values ('ZZZ', '测试区域')`.execute(app);
    await sql`update region set name = '测试' where code = 'ZZZ'`.execute(app);
    await sql`delete from region where code = 'ZZZ'`.execute(app);
    expect(await canDisableGuards(app)).toBe(false);
    expect(await canDisableGuards(t.db)).toBe(true);
  });
});
