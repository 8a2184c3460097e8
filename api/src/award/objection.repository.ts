import type { InferResult, InsertObject, Kysely, Transaction, UpdateObject } from 'kysely';
import type { Database } from '../db/database.js';
import type { ObjectionStatus } from './award.table.js';
import { instantKey, key, keysetPage, type Page } from '../http/list.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The round's objections with their product codes. */
function objections(db: Q, roundId: string) {
  return db
    .selectFrom('objection')
    .innerJoin('product', 'product.id', 'objection.product_id')
    .selectAll('objection')
    .select('product.code as product_code')
    .where('objection.round_id', '=', roundId);
}

export function findObjection(db: Q, roundId: string, objectionId: string) {
  return objections(db, roundId).where('objection.id', '=', objectionId).executeTakeFirst();
}

/** The objection just written in this transaction (it exists). */
export function findObjectionOrThrow(db: Q, roundId: string, objectionId: string) {
  return objections(db, roundId).where('objection.id', '=', objectionId).executeTakeFirstOrThrow();
}

/** A page of the round's objections in the order filed; `companyId` keeps one company's, `status` some. */
export function pageObjections(
  db: Q,
  roundId: string,
  filter: { readonly companyId: string | undefined; readonly status?: string | undefined },
  page: Page,
) {
  const { companyId, status } = filter;
  const query = objections(db, roundId)
    .select(instantKey('objection.filed_at').as('filed_key'))
    .$if(companyId !== undefined, (q) => q.where('objection.company_id', '=', companyId as string))
    .$if(status === 'answered', (q) => q.where('objection.status', '!=', 'open'))
    .$if(status !== undefined && status !== 'answered', (q) =>
      q.where('objection.status', '=', status as ObjectionStatus),
    );
  type Row = InferResult<typeof query>[number];
  const keys = [key<Row>('objection.filed_at', (r) => r.filed_key), key<Row>('objection.id', (r) => r.id)];
  return keysetPage(query, keys, page);
}

export async function insertObjection(trx: Trx, values: InsertObject<Database, 'objection'>) {
  const { id } = await trx.insertInto('objection').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateObjection(trx: Trx, objectionId: string, patch: UpdateObject<Database, 'objection'>) {
  return trx.updateTable('objection').set(patch).where('id', '=', objectionId).execute();
}
