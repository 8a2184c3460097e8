import { sql, type Kysely, type Transaction } from 'kysely';
import type { AgreementStatus } from '@jicai/domain';
import type { Database } from '../db/database.js';
import { keysetPage, type Page, type SortKey } from '../http/list.js';
import type { SigningSide } from './agreement-signature.js';
import { scoped, type AgreementRow, type AgreementScope } from './agreements.repository.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The round's date (Beijing) on its clock: what an agreement's status is read against. */
export async function readRoundToday(db: Q, roundId: string): Promise<string> {
  const { rows } = await sql<{ today: string }>`
    select to_char(jicai_round_now(${roundId}::uuid) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as today`.execute(
    db,
  );
  return (rows[0] as { today: string }).today;
}

/**
 * docs/rules.md §12.7 in SQL, for filtering and counting on the server (agreement alias `a`); the
 * views compute it with the domain's `agreementStatus`, and the tests hold the two to the same answer.
 */
export function agreementStatusSql(today: string) {
  const day = sql`${today}::date`;
  return sql<AgreementStatus>`case
    when a.hospital_signed_at is null or a.company_signed_at is null then 'drafted'
    when exists (select 1 from agreement_line l where l.agreement_id = a.id
      and l.cycle_start <= ${day} and ${day} <= l.cycle_end and (l.ended_on is null or ${day} < l.ended_on))
      then 'active'
    when exists (select 1 from agreement_line l where l.agreement_id = a.id
      and ${day} < l.cycle_start and (l.ended_on is null or l.cycle_start < l.ended_on))
      then 'signed'
    when a.renewed_at is not null then 'renewed'
    else 'expired' end`;
}

/** A page of the round's agreements in the reader's scope, by id, optionally of one status. */
export function pageAgreementsOfStatus(
  db: Q,
  roundId: string,
  scope: AgreementScope,
  page: Page,
  filter: { readonly status?: AgreementStatus; readonly today: string },
) {
  const keys: SortKey<AgreementRow>[] = [{ sql: sql`a.id::text`, of: (r) => r.id }];
  let query = scoped(db, roundId, scope);
  if (filter.status !== undefined)
    query = query.where(sql<boolean>`${agreementStatusSql(filter.today)} = ${filter.status}`);
  return keysetPage(query, keys, page);
}

/** How many of the round's agreements are in each status (those with none are left out). */
export async function countAgreementsByStatus(db: Q, roundId: string, today: string) {
  const { rows } = await sql<{ status: AgreementStatus; n: string }>`
    select ${agreementStatusSql(today)} as status, count(*) as n
    from agreement a where a.round_id = ${roundId}::uuid group by 1`.execute(db);
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

/** The agreement to sign, locked: its parties, whether it is issued, and what is signed so far. */
export function lockAgreementForSigning(trx: Trx, roundId: string, id: string) {
  return trx
    .selectFrom('agreement')
    .select([
      'id',
      'round_id',
      'hospital_id',
      'company_id',
      'issued_at',
      'terms_sha256',
      'hospital_signed_at',
      'company_signed_at',
    ])
    .where('round_id', '=', roundId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Stores one side's signature once, and the terms hash with the first: false when that side had signed. */
export async function storeSignature(
  trx: Trx,
  id: string,
  side: SigningSide,
  signed: {
    readonly at: Date;
    readonly by: string;
    readonly signature: string;
    readonly termsSha256: string;
  },
) {
  const columns =
    side === 'hospital'
      ? { hospital_signed_at: signed.at, hospital_signed_by: signed.by, hospital_signature: signed.signature }
      : { company_signed_at: signed.at, company_signed_by: signed.by, company_signature: signed.signature };
  const result = await trx
    .updateTable('agreement')
    .set({ ...columns, terms_sha256: signed.termsSha256 })
    .where('id', '=', id)
    .where(side === 'hospital' ? 'hospital_signed_at' : 'company_signed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
