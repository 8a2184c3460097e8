import { sql } from 'kysely';
import type { AppDeps } from '../../app-env.js';
import { advanceAgreementJobs, agreementJobDeps } from '../../agreements/agreement-job.js';
import type { Cast } from './matrix-round-rows.js';

/** The agreed round's purchase agreements, one per hospital × company, issued as PDFs. */
export interface MatrixAgreements {
  /** the BJ hospital's agreement with company A: side A's own */
  readonly a: string;
  /** the TJ hospital's agreement with company B: side B's own */
  readonly b: string;
}

/**
 * The agreed round's agreements written in from its agreed volumes (the round has no published
 * evaluation to take prices from: each line at 2.80 a pack of 14), then issued by the agreement job
 * as the platform issues them.
 */
export async function insertMatrixAgreements(deps: AppDeps, cast: Cast, roundId: string) {
  const db = deps.db;
  await db
    .insertInto('round_award')
    .values({ round_id: roundId, volumes_agreed_at: sql<Date>`jicai_now()` })
    .onConflict((oc) => oc.column('round_id').doUpdateSet({ volumes_agreed_at: sql<Date>`jicai_now()` }))
    .execute();
  await sql`insert into agreement (round_id, hospital_id, company_id)
    select distinct round_id, hospital_id, company_id from agreed_volume where round_id = ${roundId}::uuid`.execute(
    db,
  );
  await sql`insert into agreement_line (agreement_id, product_id, group_key, spec_code, units_per_pack,
      pack_price, agreed_volume, supply, cycle_start, cycle_end)
    select a.id, v.product_id, v.group_key, 'S1', 14, 2.80, v.quantity, 'primary', '2027-04-01', '2028-03-31'
    from agreed_volume v join agreement a on a.round_id = v.round_id and a.hospital_id = v.hospital_id
      and a.company_id = v.company_id
    where v.round_id = ${roundId}::uuid`.execute(db);
  const total = await db
    .selectFrom('agreement')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('agreement_job')
    .values({ round_id: roundId, state: 'running', total: Number(total.n), started_by: cast.admin.userId })
    .execute();
  await advanceAgreementJobs(agreementJobDeps(deps));
  const idOf = async (hospital: string, company: string) =>
    (
      await db
        .selectFrom('agreement')
        .select('id')
        .where('round_id', '=', roundId)
        .where('hospital_id', '=', hospital)
        .where('company_id', '=', company)
        .executeTakeFirstOrThrow()
    ).id;
  return {
    a: await idOf(cast.hospitalBJ.organisationId, cast.companyA.organisationId),
    b: await idOf(cast.hospitalTJ.organisationId, cast.companyB.organisationId),
  };
}
