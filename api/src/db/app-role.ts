import { sql, type Kysely } from 'kysely';

/**
 * The API's login role may read and write rows and nothing more: it owns no table, is no superuser,
 * so it can neither `SET session_replication_role = replica` (superuser only) nor `ALTER TABLE …
 * DISABLE TRIGGER` (owner only), the two ways around the append-only audit triggers. On the
 * append-only tables it may only insert and read, and it cannot touch the migrations' bookkeeping.
 */
const APPEND_ONLY = [
  'audit_event',
  'audit_seal',
  'audit_digest',
  'public_notice',
  'deadline_extension',
  'issued_document',
];
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/** The embedded cluster's app role: created on first start, its password kept in step with DATA_DIR. */
export async function ensureLoginRole(owner: Kysely<any>, role: string, password: string): Promise<void> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_roles where rolname = ${role}`.execute(owner);
  const verb = rows[0]?.n ? 'alter' : 'create';
  const literal = (await sql<{ q: string }>`select quote_literal(${password}) as q`.execute(owner)).rows[0]
    ?.q;
  await sql
    .raw(
      `${verb} role ${quoteIdent(role)} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${literal}`,
    )
    .execute(owner);
}

/** Run by the owner after every migration, so tables added since are covered. Idempotent. */
export async function grantAppPrivileges(owner: Kysely<any>, role: string): Promise<void> {
  const r = quoteIdent(role);
  const { rows } = await sql<{
    name: string;
  }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(owner);
  const existing = new Set(rows.map((row) => row.name));
  const list = (names: string[]) =>
    names
      .filter((n) => existing.has(n))
      .map(quoteIdent)
      .join(', ');
  const statements = [
    `grant usage on schema public to ${r}`,
    `revoke all on all tables in schema public from ${r}`,
    `grant select, insert, update, delete on all tables in schema public to ${r}`,
    `grant usage, select on all sequences in schema public to ${r}`,
    `grant execute on all functions in schema public to ${r}`,
  ];
  if (list(APPEND_ONLY)) statements.push(`revoke update, delete on ${list(APPEND_ONLY)} from ${r}`);
  if (list(MIGRATION_TABLES)) statements.push(`revoke all on ${list(MIGRATION_TABLES)} from ${r}`);
  await owner.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx);
  });
}

/** Whether a connection could switch the audit triggers off (superuser, or owner of audit_event). */
export async function canDisableGuards(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ power: boolean }>`
    select r.rolsuper or coalesce(pg_has_role(current_user, c.relowner, 'USAGE'), false) as power
      from pg_roles r left join pg_class c on c.oid = to_regclass('public.audit_event')
     where r.rolname = current_user`.execute(db);
  return rows[0]?.power ?? false;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
