import { findBuiltInRuleset } from '@jicai/domain';
import { sql } from 'kysely';
import type { Actor } from '../../auth/roles.js';
import type { Db } from '../../db/database.js';

/** Rows every stage round of the matrix world starts from; the people acting in them. */
export interface Cast {
  readonly admin: Actor;
  readonly officials: readonly [Actor, Actor];
  readonly companyA: Actor;
  readonly companyB: Actor;
  readonly companyC: Actor;
  readonly companyD: Actor;
  readonly hospitalBJ: Actor;
  readonly hospitalTJ: Actor;
}

let counter = 0;

/** A published round in `state` with regions BJ and TJ, bidding closing in a day (or an hour ago). */
export async function insertStageRound(
  db: Db,
  o: { createdBy: string; state: string; ruleset: string; dualEnvelope?: boolean; closed?: boolean },
): Promise<string> {
  const base = findBuiltInRuleset(o.ruleset);
  if (!base) throw new Error(`unknown ruleset ${o.ruleset}`);
  const dual = o.dualEnvelope ?? false;
  const code = `MX-${String(++counter).padStart(2, '0')}-${o.state.toUpperCase()}`;
  const round = await db
    .insertInto('round')
    .values({
      code,
      name: `matrix ${o.state} round`,
      ruleset: JSON.stringify(dual ? { extends: o.ruleset, dualEnvelope: true } : o.ruleset),
      created_by: o.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const closes = o.closed
    ? sql<Date>`jicai_now() - interval '1 hour'`
    : sql<Date>`jicai_now() + interval '1 day'`;
  await db
    .updateTable('round')
    .set({
      state: o.state as never,
      ruleset_frozen: JSON.stringify({ ...base, dualEnvelope: dual }),
      published_at: sql<Date>`jicai_now() - interval '10 days'`,
      demand_opens_at: sql<Date>`jicai_now() - interval '9 days'`,
      demand_closes_at: sql<Date>`jicai_now() - interval '5 days'`,
      bidding_opens_at: sql<Date>`jicai_now() - interval '2 days'`,
      bidding_closes_at: closes,
      opening_at: closes,
      objection_working_days: 3,
    })
    .where('id', '=', round.id)
    .execute();
  await db
    .insertInto('round_region')
    .values(['BJ', 'TJ'].map((region_code) => ({ round_id: round.id, region_code })))
    .execute();
  return round.id;
}

/** Products (spec S1: 10 mg, 14 a pack, ceiling 2.0000 a unit), each registered by every `company`. */
export async function insertCatalogue(
  db: Db,
  roundId: string,
  codes: readonly string[],
  companies: readonly Actor[],
): Promise<Map<string, { productId: string; specId: string }>> {
  const catalogue = new Map<string, { productId: string; specId: string }>();
  for (const code of codes) {
    // one transaction: the representative spec's foreign key is checked at commit
    const { product, spec } = await db.transaction().execute(async (trx) => {
      const product = await trx
        .insertInto('product')
        .values({
          round_id: roundId,
          code,
          name: `药品 ${code}`,
          form: 'oral-solid',
          volume_class: 'general',
          strength_unit: 'mg',
          representative_spec_code: 'S1',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const spec = await trx
        .insertInto('spec')
        .values({ product_id: product.id, code: 'S1', strength: '10', unit_count: 14, ceiling: '2.0000' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { product, spec };
    });
    await db
      .insertInto('company_product')
      .values(
        companies.map((c, i) => ({
          round_id: roundId,
          product_id: product.id,
          spec_id: spec.id,
          company_id: c.organisationId,
          approval_number: `国药准字H2021${String(++counter).padStart(3, '0')}${i}`,
          approval_date: '2015-01-01',
          originator: false,
          reference: false,
          consistency_passed_on: '2020-01-01',
          annual_capacity: 10_000_000,
          created_by: c.userId,
        })),
      )
      .execute();
    catalogue.set(code, { productId: product.id, specId: spec.id });
  }
  return catalogue;
}
