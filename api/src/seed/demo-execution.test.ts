import { checkNonWinnerCap, shanghaiDate } from '@jicai/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementTermsSha256, verifyAgreementSide } from '../agreements/agreement-signature.js';
import { advanceAgreementJobs } from '../agreements/agreement-job.js';
import { readDbNow } from '../db/db-clock.js';
import { issuePublishedNotices } from '../pdf/notice-issuer.js';
import { testJobDeps } from '../test-support/agreement-world.js';
import { signIn } from '../test-support/sign-in.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { agreementTermsDocs } from './demo-execution-signing.js';
import { OVERDUE_LOGIN } from './demo-execution-ledger.js';
import { LAGGING_LOGIN } from './demo-execution-orders.js';
import { OVER_CAP } from './demo-execution.js';
import { DEMO_LOGINS, DEMO_ROUNDS, seedDemoIfEmpty } from './demo-seed.js';

type Json = Record<string, any>;

let t: TestContext;
let roundId: string;
let today: string;
let seedMs = 0;
beforeAll(async () => {
  t = await createTestContext();
  const started = performance.now();
  await seedDemoIfEmpty(t.db, t.deps.signer);
  seedMs = performance.now() - started;
  const round = await t.db
    .selectFrom('round')
    .select('id')
    .where('code', '=', DEMO_ROUNDS.execution)
    .executeTakeFirstOrThrow();
  roundId = round.id;
  today = shanghaiDate(await readDbNow(t.db));
}, 120_000);
afterAll(() => t.close());

const rows = async <R>(query: ReturnType<typeof sql<R>>) => (await query.execute(t.db)).rows;

describe('the execution demo round (NVBP5-DEMO)', () => {
  it('went through the award: signed evaluation record, region picks, agreed volumes, agreements', async () => {
    const [round] = await rows<Json>(sql`select r.state, a.volumes_agreed_at, a.awarded_at, a.opened_at
      from round r join round_award a on a.round_id = r.id where r.id = ${roundId}`);
    expect(round?.state).toBe('volumes-agreed');
    expect(round?.opened_at < round?.awarded_at && round?.awarded_at < round?.volumes_agreed_at).toBe(true);
    const res = await t.request(`/api/rounds/${roundId}/evaluation`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).signature).toBeTruthy();
    const [counts] = await rows<Json>(sql`select
        (select count(*)::int from region_pick where round_id = ${roundId}) as picks,
        (select count(*)::int from agreed_volume where round_id = ${roundId}) as volumes,
        (select count(*)::int from agreement where round_id = ${roundId}) as agreements,
        (select total from agreement_job where round_id = ${roundId}) as job_total`);
    expect(counts?.picks).toBeGreaterThanOrEqual(4);
    expect(counts?.volumes).toBeGreaterThanOrEqual(12);
    expect(counts?.agreements).toBeGreaterThanOrEqual(12);
    expect(counts?.job_total).toBe(counts?.agreements);
  });

  it('lets the platform issue its notices and its agreements’ PDFs', async () => {
    expect(await issuePublishedNotices(t.deps)).toBe(2);
    await advanceAgreementJobs(testJobDeps(t), { maxBatches: 100 });
    const [left] = await rows<{ n: number }>(sql`select count(*)::int as n from agreement
      where round_id = ${roundId} and issued_at is null`);
    expect(left?.n).toBe(0);
  }, 60_000);

  it('has every agreement signed by both sides, the signatures verifying over the terms', async () => {
    const docs = await agreementTermsDocs(t.db, roundId);
    const agreements = await t.db
      .selectFrom('agreement')
      .selectAll()
      .where('round_id', '=', roundId)
      .execute();
    expect(agreements.length).toBe(docs.length);
    for (const a of agreements) {
      const doc = docs.find((d) => d.agreementId === a.id);
      expect(doc && a.terms_sha256).toBe(doc && agreementTermsSha256(doc));
      for (const side of ['hospital', 'company'] as const) {
        const fields = {
          agreementId: a.id,
          termsSha256: a.terms_sha256 as string,
          side,
          userId: a[`${side}_signed_by`] as string,
          signedAt: (a[`${side}_signed_at`] as Date).toISOString(),
          keyId: t.deps.signer.keyId,
        };
        expect(verifyAgreementSide(t.deps.signer, fields, a[`${side}_signature`] as string)).toBe(true);
      }
    }
    const [audit] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_event
      where action = 'agreement.signed' and stream = ${`round:${roundId}`}`);
    expect(audit?.n).toBe(agreements.length * 2);
  });

  it('has at least three months of orders, deliveries and acceptances, one hospital over its agreed volume', async () => {
    const [months] = await rows<Json>(sql`select
        (select count(distinct date_trunc('month', ordered_on))::int from purchase
          where round_id = ${roundId} and source = 'order') as ordered,
        (select count(distinct date_trunc('month', d.delivered_on))::int from delivery d
          join purchase p on p.id = d.purchase_id where p.round_id = ${roundId}) as delivered,
        (select count(distinct date_trunc('month', d.accepted_on))::int from delivery d
          join purchase p on p.id = d.purchase_id where p.round_id = ${roundId}) as accepted,
        (select count(*)::int from delivery d join purchase p on p.id = d.purchase_id
          where p.round_id = ${roundId} and short_packs > 0) as short,
        (select count(*)::int from delivery d join purchase p on p.id = d.purchase_id
          where p.round_id = ${roundId} and damaged_packs > 0) as damaged,
        (select count(*)::int from purchase where round_id = ${roundId} and over_agreed) as over_agreed,
        (select count(*)::int from purchase where round_id = ${roundId} and ordered_on > ${today}) as future,
        (select count(*)::int from purchase_month where round_id = ${roundId}) as rollup,
        (select array_agg(distinct u.login) from purchase p join app_user u on u.organisation_id = p.company_id
          where p.round_id = ${roundId} and p.status = 'confirmed') as confirming`);
    expect(months?.ordered).toBeGreaterThanOrEqual(3);
    expect(months?.delivered).toBeGreaterThanOrEqual(3);
    expect(months?.accepted).toBeGreaterThanOrEqual(3);
    expect([months?.short, months?.damaged]).toEqual([1, 1]);
    expect(months?.over_agreed).toBeGreaterThan(0);
    expect(months?.future).toBe(0);
    expect(months?.rollup).toBeGreaterThan(0);
    // only the lagging supplier has orders confirmed and not delivered
    expect(months?.confirming ?? [LAGGING_LOGIN]).toEqual([LAGGING_LOGIN]);
    const [prices] = await rows<{ n: number }>(sql`select count(*)::int as n from purchase p
      join agreement_line l on l.agreement_id = p.agreement_id and l.product_id = p.product_id
      where p.round_id = ${roundId} and (p.pack_price <> l.pack_price or p.amount <> p.packs * p.pack_price)`);
    expect(prices?.n).toBe(0);
  });

  it('has invoices due 30 days after acceptance, paid by all three payers, some late, some overdue today', async () => {
    const [money] = await rows<Json>(sql`select
        (select count(*)::int from invoice i join delivery d on d.id = i.delivery_id
          where i.round_id = ${roundId} and i.due_on <> d.accepted_on + 30) as wrong_due,
        (select count(*)::int from invoice i where i.round_id = ${roundId} and i.due_on < ${today}
          and not exists (select 1 from payment p where p.invoice_id = i.id)) as overdue,
        (select count(*)::int from invoice i join payment p on p.invoice_id = i.id
          where i.round_id = ${roundId} and p.paid_on > i.due_on) as paid_late,
        (select array_agg(distinct p.payer order by p.payer) from payment p join invoice i on i.id = p.invoice_id
          where i.round_id = ${roundId}) as payers,
        (select count(*)::int from invoice i join app_user u on u.organisation_id = i.hospital_id
          where i.round_id = ${roundId} and u.login = ${OVERDUE_LOGIN} and i.due_on < ${today}
          and not exists (select 1 from payment p where p.invoice_id = i.id)) as overdue_bj1,
        (select count(distinct hospital_id)::int from prepayment where round_id = ${roundId}) as prepaid,
        (select count(distinct hospital_id)::int from agreement where round_id = ${roundId}) as hospitals`);
    expect(money?.wrong_due).toBe(0);
    expect(money?.overdue).toBeGreaterThan(0);
    expect(money?.overdue_bj1).toBeGreaterThanOrEqual(1);
    expect(money?.paid_late).toBeGreaterThan(0);
    expect(money?.payers).toEqual(['hospital', 'insurance-fund', 'prepayment']);
    expect(money?.prepaid).toBe(money?.hospitals);
  });

  it('has one hospital’s imported purchases of a losing bidder’s product over last year’s volume', async () => {
    const imported = await rows<Json>(sql`select p.company_id, p.product_id, sum(p.units)::bigint as units,
        d.last_year_volume, bool_and(p.import_id is not null and p.agreement_id is null) as imported,
        exists (select 1 from opened_bid b where b.round_id = p.round_id and b.product_id = p.product_id
          and b.company_id = p.company_id) as bid,
        exists (select 1 from agreed_volume v where v.round_id = p.round_id and v.product_id = p.product_id
          and v.company_id = p.company_id) as won
      from purchase p join app_user u on u.organisation_id = p.hospital_id
      join demand_report d on d.round_id = p.round_id and d.hospital_id = p.hospital_id
        and d.product_id = p.product_id
      where p.round_id = ${roundId} and p.source = 'import' and u.login = ${OVER_CAP.login}
      group by p.round_id, p.company_id, p.product_id, d.last_year_volume`);
    expect(imported).toHaveLength(1);
    const line = imported[0] as Json;
    expect([line.imported, line.bid, line.won]).toEqual([true, true, false]);
    expect(checkNonWinnerCap(Number(line.units), Number(line.last_year_volume)).flagged).toBe(true);
  });

  it('leaves the audit chain intact, seeds in a few seconds, and a second start changes nothing', async () => {
    const auditor = await signIn(t, 'auditor', DEMO_LOGINS.password);
    const res = await t.request('/api/audit/verify', { cookie: auditor });
    expect(res.status).toBe(200);
    const verdict = (await res.json()) as Json;
    expect(verdict.findings).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(seedMs).toBeLessThan(60_000);
    const before = await rows<{ n: number }>(sql`select count(*)::int as n from purchase`);
    await seedDemoIfEmpty(t.db, t.deps.signer);
    expect(await rows<{ n: number }>(sql`select count(*)::int as n from purchase`)).toEqual(before);
  });
});
