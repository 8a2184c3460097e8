import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** Names for the ids a progress answer carries: regions, the round's products, organisations. */
export async function findNames(db: Q, roundId: string, organisationIds: readonly string[]) {
  const [regions, products, organisations] = await Promise.all([
    db.selectFrom('region').select(['code', 'name']).execute(),
    db.selectFrom('product').select(['id', 'code', 'name']).where('round_id', '=', roundId).execute(),
    organisationIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('organisation')
          .select(['id', 'name', 'region_code'])
          .where('id', 'in', [...new Set(organisationIds)])
          .execute(),
  ]);
  return {
    region: new Map(regions.map((r) => [r.code, r.name])),
    product: new Map(products.map((p) => [p.id, p])),
    organisation: new Map(organisations.map((o) => [o.id, o])),
  };
}

/** Rounds with agreements in the reader's scope (newest first): what there is to monitor. */
export function findExecutionRounds(
  db: Q,
  scope: { readonly regionCode?: string; readonly companyId?: string; readonly hospitalId?: string },
) {
  return db
    .selectFrom('round as r')
    .select(['r.id', 'r.code', 'r.name', 'r.state', 'r.created_at'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('agreement as a')
          .innerJoin('organisation as h', 'h.id', 'a.hospital_id')
          .select('a.id')
          .whereRef('a.round_id', '=', 'r.id')
          .$if(scope.regionCode !== undefined, (q) => q.where('h.region_code', '=', scope.regionCode ?? ''))
          .$if(scope.companyId !== undefined, (q) => q.where('a.company_id', '=', scope.companyId ?? ''))
          .$if(scope.hospitalId !== undefined, (q) => q.where('a.hospital_id', '=', scope.hospitalId ?? '')),
      ),
    )
    .orderBy('r.created_at', 'desc')
    .limit(50)
    .execute();
}
