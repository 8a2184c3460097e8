import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** One side's money in the agreed round: an accepted delivery not yet invoiced, and an invoice. */
export interface MatrixMoneySide {
  readonly acceptedDeliveryId: string;
  readonly invoiceId: string;
}

/** Two accepted deliveries of 10 packs (28.00) under the agreement, the first invoiced (FP-<n>). */
async function insertSide(
  db: Kysely<Database>,
  agreementId: string,
  number: string,
): Promise<MatrixMoneySide> {
  const deliveries: string[] = [];
  for (let i = 0; i < 2; i++) {
    const { rows } = await sql<{ id: string }>`
      with p as (
        insert into purchase (round_id, hospital_id, region_code, product_id, company_id, agreement_id, spec_code,
          packs, units, pack_price, amount, ordered_on, source, status)
        select a.round_id, a.hospital_id, h.region_code, l.product_id, a.company_id, a.id, l.spec_code,
          10, 10 * l.units_per_pack, l.pack_price, l.pack_price * 10, '2020-01-01', 'order', 'accepted'
        from agreement a join agreement_line l on l.agreement_id = a.id join organisation h on h.id = a.hospital_id
        where a.id = ${agreementId}::uuid limit 1
        returning id, company_id)
      insert into delivery (purchase_id, company_id, batch_no, packs, delivered_on, accepted_at, accepted_on,
        accepted_packs, short_packs, damaged_packs)
      select id, company_id, 'MX-B1', 10, '2020-01-01', jicai_now(), '2020-01-02', 10, 0, 0 from p
      returning id`.execute(db);
    deliveries.push((rows[0] as { id: string }).id);
  }
  const invoice = await sql<{ id: string }>`
    insert into invoice (delivery_id, round_id, hospital_id, company_id, number, amount, issued_on, due_on)
    select d.id, p.round_id, p.hospital_id, p.company_id, ${number}, p.pack_price * 10, '2020-01-02', '2020-02-01'
    from delivery d join purchase p on p.id = d.purchase_id where d.id = ${deliveries[0]}::uuid
    returning id`.execute(db);
  return { acceptedDeliveryId: deliveries[1] as string, invoiceId: (invoice.rows[0] as { id: string }).id };
}

/** Side A's (BJ × A) and side B's (TJ × B) deliveries and invoices in the agreed round. */
export async function insertMatrixMoney(db: Kysely<Database>, agreements: { a: string; b: string }) {
  return {
    a: await insertSide(db, agreements.a, 'MX-FP-A'),
    b: await insertSide(db, agreements.b, 'MX-FP-B'),
  };
}
