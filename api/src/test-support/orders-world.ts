import { sql } from 'kysely';
import { advanceAgreementJobs } from '../agreements/agreement-job.js';
import { at, type World } from './award-fixtures.js';
import { createAgreedRound, testJobDeps } from './agreement-world.js';
import type { TestContext } from './test-context.js';

/**
 * The agreed round of `createAgreedRound` with its four agreements made and signed by both sides
 * (written in: the signing itself is another part's), the round's clock on 2027-05-10, inside the cycle
 * that starts on 2027-04-01. Lines: BJ × A, TJ × A, SH × A (backup, 600 units), SH × B; P1, packs of 14 at 2.80 from A.
 */
export async function createSignedRound(t: TestContext, world: World): Promise<string> {
  const roundId = await createAgreedRound(t, world);
  const start = await t.request(`/api/rounds/${roundId}/agreements/generation`, {
    method: 'POST',
    cookie: world.office1.cookie,
  });
  if (start.status !== 202) throw new Error(`agreement generation: ${start.status}`);
  await advanceAgreementJobs(testJobDeps(t));
  await sql`update agreement set
      hospital_signed_at = jicai_now(), hospital_signature = 'test', company_signed_at = jicai_now(),
      company_signature = 'test'
    where round_id = ${roundId}::uuid`.execute(t.db);
  await setRoundClock(t, roundId, at('2027-05-10', '10:00'));
  return roundId;
}

/** The agreement of a hospital with a company in the round. */
export async function agreementOf(t: TestContext, roundId: string, hospitalId: string, companyId: string) {
  const row = await t.db
    .selectFrom('agreement')
    .select('id')
    .where('round_id', '=', roundId)
    .where('hospital_id', '=', hospitalId)
    .where('company_id', '=', companyId)
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The round's own (rehearsal) clock, as the office sets it: execution rules read the round's today,
 * and the platform clock stays where the test's sessions were opened.
 */
export async function setRoundClock(t: TestContext, roundId: string, virtualNow: Date) {
  await sql`insert into round_clock (round_id, anchor_real, anchor_virtual, speed)
    values (${roundId}::uuid, clock_timestamp(), ${virtualNow.toISOString()}::timestamptz, 1)
    on conflict (round_id) do update set anchor_real = excluded.anchor_real,
      anchor_virtual = excluded.anchor_virtual, speed = 1`.execute(t.db);
}
