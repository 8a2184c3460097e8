import { sql, type Kysely } from 'kysely';

/**
 * A round with one product of two specs (S5, S10), written straight into the tables for the
 * registration tests: the rounds API is another feature's. Bidding opens `biddingOpensIn` from now.
 */
export async function insertTestRound(
  db: Kysely<any>,
  createdBy: string,
  state: string,
  biddingOpensIn = '30 days',
) {
  const published = state !== 'draft';
  const bidding = sql`jicai_now() + ${biddingOpensIn}::interval`;
  return db.transaction().execute(async (trx) => {
    const round = await trx
      .insertInto('round')
      .values({
        code: `R${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
        name: '第十批',
        state,
        ruleset: JSON.stringify('nvbp-10'),
        ruleset_frozen: published ? JSON.stringify('nvbp-10') : null,
        published_at: published ? sql`jicai_now()` : null,
        demand_opens_at: sql`jicai_now() - interval '1 day'`,
        demand_closes_at: sql`${bidding} - interval '2 hours'`,
        bidding_opens_at: bidding,
        bidding_closes_at: sql`${bidding} + interval '1 hour'`,
        opening_at: sql`${bidding} + interval '2 hours'`,
        objection_working_days: 3,
        created_by: createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const product = await trx
      .insertInto('product')
      .values({
        round_id: round.id,
        code: 'AMLO',
        name: '氨氯地平',
        form: 'oral-solid',
        volume_class: 'general',
        strength_unit: 'mg',
        representative_spec_code: 'S5',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const specs = await trx
      .insertInto('spec')
      .values(
        [5, 10].map((mg) => ({
          product_id: product.id,
          code: `S${mg}`,
          strength: String(mg),
          unit_count: 28,
          ceiling: '0.5000',
        })),
      )
      .returning('id')
      .execute();
    const specIds = specs.map((s) => s.id as string) as [string, string];
    return { roundId: round.id as string, productId: product.id as string, specIds };
  });
}
