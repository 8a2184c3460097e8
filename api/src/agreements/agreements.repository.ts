import { sql, type InferResult, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage, type Page, type SortKey } from '../http/list.js';
import type { AgreementTerms } from './agreement-terms.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/**
 * Makes the round's agreements and their lines from the stored agreed volumes, once: a hospital ×
 * company pair that has a line with agreed terms gets one agreement, each of its lines the terms of
 * its entry, and `supply` the company's pick for the hospital's region (primary, or backup when a
 * line was routed by brand to the region's backup; primary without region picking). Made again, it
 * adds nothing (the unique constraints). Returns how many agreements the round has.
 */
export async function makeAgreements(trx: Trx, roundId: string, terms: readonly AgreementTerms[]) {
  const termsJson = JSON.stringify(terms);
  await sql`
    with terms as (
      select * from jsonb_to_recordset(${termsJson}::jsonb)
        as t(product_id uuid, group_key text, company_id uuid)
    )
    insert into agreement (round_id, hospital_id, company_id)
    select distinct v.round_id, v.hospital_id, v.company_id
    from agreed_volume v
    join terms t on t.product_id = v.product_id and t.group_key is not distinct from v.group_key
      and t.company_id = v.company_id
    where v.round_id = ${roundId}::uuid and v.hospital_id is not null
    order by 2, 3
    on conflict do nothing`.execute(trx);
  await sql`
    with terms as (
      select * from jsonb_to_recordset(${termsJson}::jsonb)
        as t(product_id uuid, group_key text, company_id uuid, spec_code text, units_per_pack integer,
             pack_price numeric, cycle_start date, cycle_end date)
    )
    insert into agreement_line (agreement_id, product_id, group_key, spec_code, units_per_pack, pack_price,
      agreed_volume, supply, cycle_start, cycle_end)
    select a.id, v.product_id, v.group_key, t.spec_code, t.units_per_pack, t.pack_price, v.quantity,
      coalesce(pick.kind, 'primary'), t.cycle_start, t.cycle_end
    from agreed_volume v
    join terms t on t.product_id = v.product_id and t.group_key is not distinct from v.group_key
      and t.company_id = v.company_id
    join agreement a on a.round_id = v.round_id and a.hospital_id = v.hospital_id and a.company_id = v.company_id
    join organisation h on h.id = v.hospital_id
    left join lateral (
      select p.kind from region_pick p
      where p.round_id = v.round_id and p.product_id = v.product_id
        and p.group_key is not distinct from v.group_key and p.company_id = v.company_id
        and p.region_code = h.region_code
      order by p.kind = 'primary' desc limit 1
    ) pick on true
    where v.round_id = ${roundId}::uuid
    on conflict do nothing`.execute(trx);
  const row = await trx
    .selectFrom('agreement')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findJob(db: Q, roundId: string) {
  return db.selectFrom('agreement_job').selectAll().where('round_id', '=', roundId).executeTakeFirst();
}

export function lockJob(trx: Trx, roundId: string) {
  return trx
    .selectFrom('agreement_job')
    .selectAll()
    .where('round_id', '=', roundId)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertJob(trx: Trx, roundId: string, startedBy: string) {
  await trx
    .insertInto('agreement_job')
    .values({ round_id: roundId, state: 'running', started_by: startedBy })
    .execute();
}

/** A finished job started again: its failed agreements are tried once more. */
export async function rerunJob(trx: Trx, roundId: string, startedBy: string) {
  await trx
    .updateTable('agreement')
    .set({ failure: null })
    .where('round_id', '=', roundId)
    .where('failure', 'is not', null)
    .execute();
  await trx
    .updateTable('agreement_job')
    .set({ state: 'running', finished_at: null, started_by: startedBy })
    .where('round_id', '=', roundId)
    .execute();
}

export async function setJobTotal(trx: Trx, roundId: string, total: number) {
  await trx.updateTable('agreement_job').set({ total }).where('round_id', '=', roundId).execute();
}

export async function finishJob(trx: Trx, roundId: string, now: Date) {
  await trx
    .updateTable('agreement_job')
    .set({ state: 'finished', finished_at: now })
    .where('round_id', '=', roundId)
    .execute();
}

/** Rounds whose agreement generation is running, oldest first. */
export function listRunningJobs(db: Q) {
  return db
    .selectFrom('agreement_job')
    .selectAll()
    .where('state', '=', 'running')
    .orderBy('started_at')
    .execute();
}

/** The round's agreements issued and failed so far (the job's progress). */
export async function countIssued(db: Q, roundId: string) {
  const row = await db
    .selectFrom('agreement')
    .select((eb) => [
      eb.fn.countAll<string>().as('total'),
      eb.fn.count<string>('issued_at').as('done'),
      eb.fn.count<string>('failure').as('failed'),
    ])
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), done: Number(row.done), failed: Number(row.failed) };
}

/** The next agreements to issue: not issued, not failed, in id order. */
export async function nextToIssue(db: Q, roundId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('agreement')
    .select('id')
    .where('round_id', '=', roundId)
    .where('issued_at', 'is', null)
    .where('failure', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Sets the issued PDF once: false when another run issued it first. */
export async function markIssued(trx: Trx, id: string, pdf: { sha256: string; key: string; at: Date }) {
  const result = await trx
    .updateTable('agreement')
    .set({ pdf_sha256: pdf.sha256, pdf_key: pdf.key, issued_at: pdf.at })
    .where('id', '=', id)
    .where('issued_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markFailed(db: Q, id: string, failure: string) {
  await db
    .updateTable('agreement')
    .set({ failure: failure.slice(0, 500) })
    .where('id', '=', id)
    .where('issued_at', 'is', null)
    .execute();
}

/** What a round's agreements share: its names, the office, the ruleset's execution rules, the agreed day. */
export function findRoundContext(db: Q, roundId: string) {
  return db
    .selectFrom('round as r')
    .innerJoin('round_award as a', 'a.round_id', 'r.id')
    .select([
      'r.id',
      'r.code',
      'r.name',
      'r.state',
      'r.ruleset_frozen',
      'a.volumes_agreed_at',
      sql<string>`to_char(a.volumes_agreed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`.as('agreed_on'),
      (eb) =>
        eb
          .selectFrom('organisation')
          .select('name')
          .where('kind', '=', 'office')
          .orderBy('created_at')
          .limit(1)
          .as('office_name'),
    ])
    .where('r.id', '=', roundId)
    .executeTakeFirst();
}
export type RoundContext = NonNullable<Awaited<ReturnType<typeof findRoundContext>>>;

function agreementsWithParties(db: Q) {
  return db
    .selectFrom('agreement as a')
    .innerJoin('organisation as h', 'h.id', 'a.hospital_id')
    .innerJoin('organisation as c', 'c.id', 'a.company_id')
    .leftJoin('region', 'region.code', 'h.region_code')
    .leftJoin('app_user as hs', 'hs.id', 'a.hospital_signed_by')
    .leftJoin('app_user as cs', 'cs.id', 'a.company_signed_by')
    .select([
      'a.id',
      'a.round_id',
      'a.hospital_id',
      'h.name as hospital_name',
      'h.uscc as hospital_uscc',
      'region.name as region_name',
      'a.company_id',
      'c.name as company_name',
      'c.uscc as company_uscc',
      'a.pdf_sha256',
      'a.issued_at',
      'a.failure',
      // signing (issue 12.1)
      'a.terms_sha256',
      'a.hospital_signed_at',
      'a.hospital_signed_by',
      'hs.display_name as hospital_signer_name',
      'a.hospital_signature',
      'a.company_signed_at',
      'a.company_signed_by',
      'cs.display_name as company_signer_name',
      'a.company_signature',
      'a.renewed_at',
    ]);
}
export type AgreementRow = InferResult<ReturnType<typeof agreementsWithParties>>[number];

/** Agreements by id with both parties' names, in id order. */
export function findAgreements(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return agreementsWithParties(db).where('a.id', 'in', ids).orderBy('a.id').execute();
}

/** The lines of those agreements with the products' names, by agreement, product code and group. */
export function findAgreementLines(db: Q, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agreement_line as l')
    .innerJoin('product as p', 'p.id', 'l.product_id')
    .select([
      'l.agreement_id',
      'l.product_id',
      'p.code as product_code',
      'p.name as product_name',
      'p.form',
      'l.group_key',
      'l.spec_code',
      'l.units_per_pack',
      'l.pack_price',
      'l.agreed_volume',
      'l.supply',
      'l.cycle_start',
      'l.cycle_end',
      'l.ended_on',
      'l.end_reason',
    ])
    .where('l.agreement_id', 'in', ids)
    .orderBy('l.agreement_id')
    .orderBy(sql`p.code collate "C"`)
    .orderBy(sql`coalesce(l.group_key, '') collate "C"`)
    .execute();
}
export type AgreementLineRow = Awaited<ReturnType<typeof findAgreementLines>>[number];

/** Whose agreements a reader sees: one hospital's, one company's, or (neither given) all. */
export interface AgreementScope {
  readonly hospitalId?: string;
  readonly companyId?: string;
}

export function scoped(db: Q, roundId: string, scope: AgreementScope) {
  let query = agreementsWithParties(db).where('a.round_id', '=', roundId);
  if (scope.hospitalId !== undefined) query = query.where('a.hospital_id', '=', scope.hospitalId);
  if (scope.companyId !== undefined) query = query.where('a.company_id', '=', scope.companyId);
  return query;
}

/** A page of the round's agreements in the reader's scope, by id. */
export function pageAgreements(db: Q, roundId: string, scope: AgreementScope, page: Page) {
  const keys: SortKey<AgreementRow>[] = [{ sql: sql`a.id::text`, of: (r) => r.id }];
  return keysetPage(scoped(db, roundId, scope), keys, page);
}

/** One agreement of the round in the reader's scope, with where its PDF is. */
export function findScopedAgreement(db: Q, roundId: string, id: string, scope: AgreementScope) {
  return scoped(db, roundId, scope).select('a.pdf_key').where('a.id', '=', id).executeTakeFirst();
}
