import { advanceAgreementJobs } from '../agreements/agreement-job.js';
import { createAgreedRound, testJobDeps } from './agreement-world.js';
import { at, type Login, type World } from './award-fixtures.js';
import { setPlatformClock } from './platform-clock.js';
import type { TestContext } from './test-context.js';

/** What a purchase file names: the round's product, a company's USCC, the awarded price and spec. */
export interface PurchaseImportWorld {
  readonly roundId: string;
  readonly uscc: (login: Login) => string;
  /** hosp-bj's agreement line of P1 with comp-a */
  readonly bj: { readonly specCode: string; readonly packPrice: string; readonly unitsPerPack: number };
}

/**
 * `createAgreedRound` with its agreements made (the job run to the end), on the rehearsal clock of
 * 10 March 2027: purchases dated up to that day are in the past.
 */
export async function createPurchaseImportWorld(t: TestContext, world: World): Promise<PurchaseImportWorld> {
  const roundId = await createAgreedRound(t, world);
  const res = await t.request(`/api/rounds/${roundId}/agreements/generation`, {
    method: 'POST',
    cookie: world.office1.cookie,
  });
  if (res.status !== 202) throw new Error(`agreement generation: ${res.status} ${await res.text()}`);
  await setPlatformClock(t.db, at('2027-03-10', '10:00'));
  await advanceAgreementJobs(testJobDeps(t), { batchSize: 10 });
  const companies = await t.db
    .selectFrom('organisation')
    .select(['id', 'uscc'])
    .where('kind', '=', 'company')
    .execute();
  const usccOf = new Map(companies.map((c) => [c.id, c.uscc ?? '']));
  const line = await t.db
    .selectFrom('agreement_line')
    .innerJoin('agreement', 'agreement.id', 'agreement_line.agreement_id')
    .select(['agreement_line.spec_code', 'agreement_line.pack_price', 'agreement_line.units_per_pack'])
    .where('agreement.round_id', '=', roundId)
    .where('agreement.hospital_id', '=', world['hosp-bj'].organisationId)
    .where('agreement.company_id', '=', world['comp-a'].organisationId)
    .executeTakeFirstOrThrow();
  return {
    roundId,
    uscc: (login) => usccOf.get(world[login].organisationId) ?? '',
    bj: { specCode: line.spec_code, packPrice: line.pack_price, unitsPerPack: line.units_per_pack },
  };
}
