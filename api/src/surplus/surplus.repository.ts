import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { key, keysetPage, type Page } from '../http/list.js';
import type { SurplusGrade } from '@jicai/domain';

type Q = Kysely<Database> | Transaction<Database>;

/** Which institutions a reader sees: the office all, a region bureau its region, a hospital itself. */
export interface SurplusScope {
  readonly regionCode?: string | undefined;
  readonly hospitalId?: string | undefined;
}

/**
 * The budget of docs/rules.md §12.3 ⚙: the institution's agreed volumes (the award's agreements, not
 * the backup's, which take over the same volumes) priced at their spec's ceiling (最高有效申报价), the
 * price level before the round. Exact numeric; rounded to the fen by the domain's figures.
 */
const budgetOf = (roundId: string) => sql<string>`(
  select coalesce(sum(l.agreed_volume * s.ceiling), 0)::text
  from agreement a
  join agreement_line l on l.agreement_id = a.id
  join spec s on s.product_id = l.product_id and s.code = l.spec_code
  where a.round_id = ${roundId}::uuid and a.hospital_id = o.id and a.activation_id is null)`;

/** The actual spend: every purchase line of the round's cycle, agreement and non-winning alike, not cancelled. */
const spendOf = (roundId: string) => sql<string>`(
  select coalesce(sum(p.amount), 0)::text from purchase p
  where p.round_id = ${roundId}::uuid and p.hospital_id = o.id and p.status <> 'cancelled')`;

function surplusRows(db: Q, roundId: string, scope: SurplusScope) {
  return db
    .selectFrom('organisation as o')
    .leftJoin('region as g', 'g.code', 'o.region_code')
    .leftJoin('surplus_grade as sg', (j) =>
      j.onRef('sg.hospital_id', '=', 'o.id').on('sg.round_id', '=', roundId),
    )
    .select([
      'o.id',
      'o.name',
      'o.region_code',
      'g.name as region_name',
      'sg.grade',
      'sg.graded_at',
      budgetOf(roundId).as('budget'),
      spendOf(roundId).as('spend'),
    ])
    .where(
      sql<boolean>`exists (select 1 from agreement a where a.round_id = ${roundId}::uuid and a.hospital_id = o.id)`,
    )
    .$if(scope.regionCode !== undefined, (q) => q.where('o.region_code', '=', scope.regionCode as string))
    .$if(scope.hospitalId !== undefined, (q) => q.where('o.id', '=', scope.hospitalId as string));
}
export type SurplusRow = Awaited<ReturnType<ReturnType<typeof surplusRows>['executeTakeFirstOrThrow']>>;

/** The round's institutions with their budget, spend and grade, by name. */
export function pageSurplus(db: Q, roundId: string, scope: SurplusScope, page: Page) {
  return keysetPage(
    surplusRows(db, roundId, scope),
    [key<SurplusRow>('o.name', (r) => r.name), key<SurplusRow>('o.id', (r) => r.id)],
    page,
  );
}

export function findSurplus(db: Q, roundId: string, hospitalId: string) {
  return surplusRows(db, roundId, { hospitalId }).executeTakeFirst();
}

/** The rounds in which a hospital holds agreements, newest first by code. */
export function pageHospitalRounds(db: Q, hospitalId: string, page: Page) {
  const query = db
    .selectFrom('round as r')
    .select(['r.id', 'r.code', 'r.name'])
    .where(
      sql<boolean>`exists (select 1 from agreement a where a.round_id = r.id and a.hospital_id = ${hospitalId}::uuid)`,
    );
  type Row = Awaited<ReturnType<typeof query.executeTakeFirstOrThrow>>;
  return keysetPage(query, [key<Row>('r.code', (r) => r.code, true)], page);
}

export function hasAgreements(db: Q, roundId: string) {
  return db
    .selectFrom('agreement')
    .select('id')
    .where('round_id', '=', roundId)
    .limit(1)
    .executeTakeFirst()
    .then((r) => r !== undefined);
}

/** Sets the grade; answers the one it replaced (null: the first). */
export async function upsertGrade(
  trx: Transaction<Database>,
  values: { roundId: string; hospitalId: string; grade: SurplusGrade; by: string },
) {
  const previous = await trx
    .selectFrom('surplus_grade')
    .select('grade')
    .where('round_id', '=', values.roundId)
    .where('hospital_id', '=', values.hospitalId)
    .forUpdate()
    .executeTakeFirst();
  await trx
    .insertInto('surplus_grade')
    .values({
      round_id: values.roundId,
      hospital_id: values.hospitalId,
      grade: values.grade,
      graded_by: values.by,
    })
    .onConflict((oc) =>
      oc.columns(['round_id', 'hospital_id']).doUpdateSet({
        grade: values.grade,
        graded_by: values.by,
        graded_at: sql<Date>`jicai_now()`,
      }),
    )
    .execute();
  return previous?.grade ?? null;
}
