import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { MatrixAgreements } from './matrix-agreements.js';

/** An order on each side's agreement (BJ × A, TJ × B), confirmed, with one delivery not yet accepted. */
export interface MatrixOrders {
  readonly orders: { readonly a: string; readonly b: string };
  readonly deliveries: { readonly a: string; readonly b: string };
}

async function insertOrder(db: Kysely<Database>, agreementId: string) {
  const { rows } = await sql<{
    id: string;
  }>`insert into purchase (round_id, hospital_id, region_code, product_id,
      company_id, agreement_id, spec_code, packs, units, pack_price, amount, ordered_on, source, status, confirmed_at)
    select a.round_id, a.hospital_id, h.region_code, l.product_id, a.company_id, a.id, l.spec_code, 10,
      10 * l.units_per_pack, l.pack_price, 10 * l.pack_price, (jicai_now() at time zone 'Asia/Shanghai')::date,
      'order', 'confirmed', jicai_now()
    from agreement a join agreement_line l on l.agreement_id = a.id join organisation h on h.id = a.hospital_id
    where a.id = ${agreementId}::uuid
    returning id::text`.execute(db);
  const order = (rows[0] as { id: string }).id;
  const { rows: d } = await sql<{
    id: string;
  }>`insert into delivery (purchase_id, company_id, batch_no, packs, delivered_on)
    select id, company_id, 'MX-BATCH', 4, ordered_on from purchase where id = ${order}::bigint
    returning id::text`.execute(db);
  return { order, delivery: (d[0] as { id: string }).id };
}

export async function insertMatrixOrders(
  db: Kysely<Database>,
  agreements: MatrixAgreements,
): Promise<MatrixOrders> {
  const a = await insertOrder(db, agreements.a);
  const b = await insertOrder(db, agreements.b);
  return { orders: { a: a.order, b: b.order }, deliveries: { a: a.delivery, b: b.delivery } };
}
