import { sql, type Kysely } from 'kysely';

// Credential limits (issue 8 §8): sessions end after an idle time (last_seen_at), API tokens always
// expire, an account is locked after many failed logins until the office lifts the lock, and login
// throttling is judged per account × address.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('session')
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`jicai_now()`))
    .execute();
  await db.schema.createIndex('session_user_id').on('session').column('user_id').execute();

  // tokens made to live forever get the default maximum lifetime from now on
  await sql`update api_token set expires_at = jicai_now() + interval '90 days'
            where expires_at is null and revoked_at is null`.execute(db);
  await sql`update api_token set expires_at = coalesce(revoked_at, created_at) where expires_at is null`.execute(
    db,
  );
  await db.schema
    .alterTable('api_token')
    .alterColumn('expires_at', (c) => c.setNotNull())
    .execute();
  await db.schema.createIndex('api_token_user_id').on('api_token').column('user_id').execute();

  await db.schema
    .alterTable('app_user')
    .addColumn('locked_at', 'timestamptz')
    .addColumn('lock_lifted_at', 'timestamptz')
    .execute();

  await db.schema
    .createIndex('login_attempt_login_ip_at')
    .on('login_attempt')
    .columns(['login', 'ip', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('login_attempt_login_ip_at').execute();
  await db.schema.alterTable('app_user').dropColumn('lock_lifted_at').dropColumn('locked_at').execute();
  await db.schema.dropIndex('api_token_user_id').execute();
  await db.schema
    .alterTable('api_token')
    .alterColumn('expires_at', (c) => c.dropNotNull())
    .execute();
  await db.schema.dropIndex('session_user_id').execute();
  await db.schema.alterTable('session').dropColumn('last_seen_at').execute();
}
