import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

type Q = Kysely<Database>;

/** Names to show beside a round's ids: organisations (companies, hospitals), regions, products. */
export interface RoundNames {
  readonly organisations: ReadonlyMap<string, string>;
  readonly regions: ReadonlyMap<string, string>;
  /** by product code */
  readonly products: ReadonlyMap<string, string>;
}

/** One read per kind; the region list is the country's (a few dozen rows). */
export async function loadRoundNames(
  db: Q,
  roundId: string,
  organisationIds: Iterable<string>,
): Promise<RoundNames> {
  const ids = [...new Set(organisationIds)];
  const [organisations, regions, products] = await Promise.all([
    ids.length === 0
      ? []
      : db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute(),
    db.selectFrom('region').select(['code', 'name']).execute(),
    db.selectFrom('product').select(['code', 'name']).where('round_id', '=', roundId).execute(),
  ]);
  return {
    organisations: new Map(organisations.map((o) => [o.id, o.name])),
    regions: new Map(regions.map((r) => [r.code, r.name])),
    products: new Map(products.map((p) => [p.code, p.name])),
  };
}
