import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { key, keysetPage, type Page } from '../http/list.js';
import type { MoneyScope } from './invoices.repository.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The hospitals with agreements in the round (the fund prepays those), by name. */
export function pageAgreementHospitals(db: Q, roundId: string, scope: MoneyScope, page: Page) {
  let q = db
    .selectFrom('organisation as h')
    .select(['h.id', 'h.name', 'h.region_code'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreement as a')
          .select('a.id')
          .whereRef('a.hospital_id', '=', 'h.id')
          .where('a.round_id', '=', roundId),
      ),
    );
  if (scope.hospitalId) q = q.where('h.id', '=', scope.hospitalId);
  if (scope.regionCode) q = q.where('h.region_code', '=', scope.regionCode);
  type Row = Awaited<ReturnType<(typeof q)['executeTakeFirstOrThrow']>>;
  return keysetPage(q, [key<Row>('h.name', (r) => r.name), key<Row>('h.id', (r) => r.id)], page);
}

/** The agreement lines of these hospitals in the round: what their annual contracted amount is made of. */
export function agreementLinesOf(db: Q, roundId: string, hospitalIds: readonly string[]) {
  if (hospitalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agreement_line as l')
    .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
    .select(['a.hospital_id', 'l.pack_price', 'l.agreed_volume', 'l.units_per_pack'])
    .where('a.round_id', '=', roundId)
    .where('a.hospital_id', 'in', hospitalIds)
    .execute();
}

/** Σ prepaid and Σ set off per hospital in the round. */
export async function prepaymentTotals(db: Q | Trx, roundId: string, hospitalIds: readonly string[]) {
  if (hospitalIds.length === 0) return new Map<string, { prepaid: string; setOff: string }>();
  const { rows } = await sql<{ hospital_id: string; prepaid: string; set_off: string }>`
    select h.id as hospital_id,
      coalesce((select sum(amount) from prepayment where round_id = ${roundId}::uuid and hospital_id = h.id), 0)::text as prepaid,
      coalesce((select sum(pm.amount) from payment pm join prepayment pp on pp.id = pm.prepayment_id
        where pp.round_id = ${roundId}::uuid and pp.hospital_id = h.id), 0)::text as set_off
    from unnest(${sql.val([...hospitalIds])}::uuid[]) as h(id)`.execute(db);
  return new Map(rows.map((r) => [r.hospital_id, { prepaid: r.prepaid, setOff: r.set_off }]));
}

/**
 * Locks the hospital's prepayments in the round (set-offs against them are judged one after the
 * other) and answers them oldest first with what is left of each.
 */
export async function lockPrepayments(trx: Trx, roundId: string, hospitalId: string) {
  await trx
    .selectFrom('prepayment')
    .select('id')
    .where('round_id', '=', roundId)
    .where('hospital_id', '=', hospitalId)
    .forUpdate()
    .execute();
  const { rows } = await sql<{ id: string; left: string }>`
    select pp.id, (pp.amount - coalesce((select sum(amount) from payment where prepayment_id = pp.id), 0))::text as left
    from prepayment pp where pp.round_id = ${roundId}::uuid and pp.hospital_id = ${hospitalId}::uuid
    order by pp.paid_on, pp.recorded_at, pp.id`.execute(trx);
  return rows;
}

export function insertPrepayment(
  trx: Trx,
  row: { round_id: string; hospital_id: string; amount: string; paid_on: string; recorded_by: string },
) {
  return trx.insertInto('prepayment').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertPayments(
  trx: Trx,
  rows: readonly {
    invoice_id: string;
    payer: 'hospital' | 'insurance-fund' | 'prepayment';
    prepayment_id: string | null;
    amount: string;
    paid_on: string;
    recorded_by: string;
  }[],
) {
  return trx
    .insertInto('payment')
    .values([...rows])
    .returning('id')
    .execute();
}

/** A hospital with an agreement in the round (prepayments go to those only). */
export function findAgreementHospital(db: Q | Trx, roundId: string, hospitalId: string) {
  return db
    .selectFrom('organisation as h')
    .select(['h.id', 'h.name'])
    .where('h.id', '=', hospitalId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreement as a')
          .select('a.id')
          .whereRef('a.hospital_id', '=', 'h.id')
          .where('a.round_id', '=', roundId),
      ),
    )
    .executeTakeFirst();
}
