import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { key, keysetPage, type Page } from '../http/list.js';

type Q = Kysely<Database> | Transaction<Database>;

/** A company's distributors by name (the office: every company's, `companyId` undefined). */
export function pageDistributors(db: Q, companyId: string | undefined, page: Page) {
  let q = db.selectFrom('distributor').selectAll();
  if (companyId) q = q.where('company_id', '=', companyId);
  return keysetPage(
    q,
    [key('name', (r: { name: string }) => r.name), key('id', (r: { id: string }) => r.id)],
    page,
  );
}

export function findRegionCodes(db: Q, codes: readonly string[]) {
  return codes.length === 0
    ? Promise.resolve([])
    : db.selectFrom('region').select('code').where('code', 'in', codes).execute();
}

export interface NewDistributor {
  readonly companyId: string;
  readonly name: string;
  readonly uscc: string;
  readonly regions: string[];
  readonly userId: string;
}

export function insertDistributor(trx: Transaction<Database>, d: NewDistributor) {
  return trx
    .insertInto('distributor')
    .values({ company_id: d.companyId, name: d.name, uscc: d.uscc, regions: d.regions, created_by: d.userId })
    .returningAll()
    .executeTakeFirstOrThrow();
}
