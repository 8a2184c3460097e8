import { sql, type Insertable, type Transaction } from 'kysely';
import type { CompanyProductTable } from '../companies/companies.table.js';
import type { Database } from '../db/database.js';
import type { SeededCompany } from './demo-accounts.js';
import type { SeededRound } from './demo-rounds.js';

type Trx = Transaction<Database>;

/** A generic that has not passed 一致性评价: its bid will show NOT_CONSISTENCY_EVALUATED. */
const NOT_EVALUATED_COMPANY = 15;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Who makes what: 8–12 companies per product, taken in turn around the company list so that every
 * demo bidder (company.c01–c05), the credit-excluded company and the affiliate pair all register
 * something. Each registers the representative spec, some also another spec. Every other product
 * has an originator (原研, the reference product), exempt from 一致性评价.
 */
export function biddingRegistrations(
  round: SeededRound,
  companies: readonly SeededCompany[],
): Insertable<CompanyProductTable>[] {
  return round.products.flatMap((product, p) => {
    const count = 8 + (p % 5);
    const start = (p * 7) % companies.length;
    return Array.from(
      { length: count },
      (_, k) => companies[(start + k) % companies.length] as SeededCompany,
    ).flatMap((company, k) => {
      const originator = k === 0 && p % 2 === 0;
      const specCodes = product.demo.specs
        .map((s) => s.code)
        .filter((code, s) => code === product.demo.representativeSpecCode || (company.n + s) % 3 === 0);
      return specCodes.map((code, s): Insertable<CompanyProductTable> => {
        const year = 2004 + ((company.n * 7 + p * 3 + s) % 16);
        const approvalDate = `${year}-${pad(1 + ((company.n + p) % 12), 2)}-${pad(1 + ((company.n * 3 + s) % 28), 2)}`;
        const passed = `${Math.max(year + 2, 2018) + (p % 4)}-${pad(1 + ((company.n + s) % 12), 2)}-15`;
        return {
          round_id: round.id,
          product_id: product.id,
          spec_id: product.specIds.get(code) as string,
          company_id: company.id,
          approval_number: `国药准字H${year}${pad((company.n * 131 + p * 17 + s) % 10_000, 4)}`,
          approval_date: approvalDate,
          originator,
          reference: originator,
          consistency_passed_on: originator || company.n === NOT_EVALUATED_COMPANY ? null : passed,
          annual_capacity: product.demo.yearlyUnits * 400 * (1 + ((company.n + p) % 4)),
          market_volume: null,
          created_by: company.userId,
        };
      });
    });
  });
}

/** Registrations close when bidding opens: the demo's were made in the days before. */
export async function insertRegistrations(
  trx: Trx,
  roundId: string,
  rows: readonly Insertable<CompanyProductTable>[],
  madeAt: Date,
): Promise<void> {
  await trx
    .insertInto('company_product')
    .values([...rows])
    .execute();
  await sql`update company_product set created_at = ${madeAt}::timestamptz + (random() * interval '5 days')
            where round_id = ${roundId}`.execute(trx);
}
