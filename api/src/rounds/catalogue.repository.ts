import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../db/database.js';
import type { ProductTable, SpecTable } from './rounds.table.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** Inserts a product; undefined when the round already has one with that code. */
export function insertProduct(trx: Trx, values: Insertable<ProductTable>) {
  return trx
    .insertInto('product')
    .values(values)
    .onConflict((oc) => oc.columns(['round_id', 'code']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function insertSpecs(trx: Trx, specs: readonly Insertable<SpecTable>[]) {
  return trx
    .insertInto('spec')
    .values([...specs])
    .execute();
}

/** The round's catalogue with each product's specs, by product code. */
export function findProductsWithSpecs(db: Q, roundId: string, productCode?: string) {
  let query = db
    .selectFrom('product')
    .selectAll('product')
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('spec')
          // numeric as text: inside JSON it would otherwise arrive as a float
          .select([
            'spec.id',
            'spec.code',
            sql<string>`spec.strength::text`.as('strength'),
            'spec.unit_count',
            sql<string | null>`spec.volume_ml::text`.as('volume_ml'),
            sql<string>`spec.ceiling::text`.as('ceiling'),
          ])
          .whereRef('spec.product_id', '=', 'product.id')
          .orderBy('spec.code'),
      ).as('specs'),
    )
    .where('product.round_id', '=', roundId)
    .orderBy('product.code');
  if (productCode !== undefined) query = query.where('product.code', '=', productCode);
  return query.execute();
}

/** A product of the round whose code equals `code` without regard to case. */
export function findProductCodeIgnoringCase(trx: Trx, roundId: string, code: string) {
  return trx
    .selectFrom('product')
    .select('code')
    .where('round_id', '=', roundId)
    .where(sql<string>`upper(code)`, '=', code.toUpperCase())
    .executeTakeFirst();
}

/** Every product code of the round (an import checks its file against them without regard to case). */
export function listProductCodes(trx: Trx, roundId: string) {
  return trx.selectFrom('product').select('code').where('round_id', '=', roundId).execute();
}

/** The id of the round's product with this code, or undefined. */
export function findProductIdByCode(db: Q, roundId: string, code: string) {
  return db
    .selectFrom('product')
    .select('id')
    .where('round_id', '=', roundId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The round's products, id and code. */
export function listProductIds(db: Q, roundId: string) {
  return db.selectFrom('product').select(['id', 'code']).where('round_id', '=', roundId).execute();
}

export type ProductRow = Awaited<ReturnType<typeof findProductsWithSpecs>>[number];

/** Removes a product and (by cascade) its specs; undefined when there was none. */
export function deleteProduct(trx: Trx, roundId: string, productCode: string) {
  return trx
    .deleteFrom('product')
    .where('round_id', '=', roundId)
    .where('code', '=', productCode)
    .returning('id')
    .executeTakeFirst();
}
