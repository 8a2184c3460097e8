import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { hashPassword } from '../auth/secrets.js';

export const DEMO_LOGINS = {
  password: 'jicai-demo-2026',
  users: [
    ['office admin', 'office.admin'],
    ['office official', 'office.official1'],
    ['auditor', 'auditor'],
  ] as [string, string][],
};

/** The demo alliance, created once: a second start finds it and leaves the data alone. */
export async function seedDemoIfEmpty(db: Db): Promise<void> {
  const existing = await db
    .selectFrom('organisation')
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const passwordHash = await hashPassword(DEMO_LOGINS.password);
  await db.transaction().execute(async (trx) => {
    const office = await trx
      .insertInto('organisation')
      .values({ kind: 'office', name: '国家组织药品联合采购办公室' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('app_user')
      .values([
        {
          organisation_id: office.id,
          login: 'office.admin',
          display_name: '采购办管理员',
          password_hash: passwordHash,
          roles: ['office-admin'],
        },
        {
          organisation_id: office.id,
          login: 'office.official1',
          display_name: '开标官员一',
          password_hash: passwordHash,
          roles: ['office-official'],
        },
        {
          organisation_id: office.id,
          login: 'auditor',
          display_name: '审计员',
          password_hash: passwordHash,
          roles: ['auditor'],
        },
      ])
      .execute();
  });
}
