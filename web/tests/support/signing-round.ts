import { randomUUID } from 'node:crypto';
import { ok } from './api';
import { agreeVolumes } from './outcome-round';
import { client, moveClockTo, waitForState } from './round-driver';
import { registerCompanies, reportDemandAndClose } from './small-round-steps';

/**
 * A small nvbp-7 round taken to its agreed volumes and issued agreements, for signing them: one
 * product (AMLO, 28 a pack), c01 and c02 bid, hospital.bj1 the one hospital that reported demand,
 * so a handful of agreements, issued in seconds. Returns the round's id.
 */
export const SIGNING_ROUND = 'SIGN-DEMO';
const DAY = 86_400_000;
const origin = (baseUrl: string) => ({ origin: baseUrl });

export async function openSigningRound(baseUrl: string, step: (what: string) => void): Promise<string> {
  const admin = await client(baseUrl, 'office.admin');
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const { id: roundId } = ok(
    await admin.POST('/rounds', {
      body: { code: SIGNING_ROUND, name: '协议签署演示批次', regionCodes: ['BJ', 'TJ'], ruleset: 'nvbp-7' },
    }),
    'create the round',
  );
  const path = { params: { path: { roundId } } };
  ok(
    await admin.POST('/rounds/{roundId}/products', {
      ...path,
      body: {
        code: 'AMLO',
        name: '氨氯地平片',
        form: 'oral-solid',
        volumeClass: 'general',
        strengthUnit: 'mg',
        nationalDrugCode: null,
        representativeSpecCode: 'S10',
        groups: [],
        specs: [{ code: 'S10', strength: '10', unitsPerPack: 28, ceiling: '1.2000' }],
      },
    }),
    'add the product',
  );
  const calendar = {
    demandOpensAt: at(1),
    demandClosesAt: at(2),
    biddingOpensAt: at(4),
    biddingClosesAt: at(6),
    openingAt: at(6.1),
    objectionWorkingDays: 3,
  };
  ok(await admin.PUT('/rounds/{roundId}/calendar', { ...path, body: calendar }), 'set the calendar');
  ok(await admin.POST('/rounds/{roundId}/publish', { ...path, headers: origin(baseUrl) }), 'publish');
  const bidders = [
    ['company.c01', '10.08'],
    ['company.c02', '13.44'],
  ] as const;
  await registerCompanies(
    baseUrl,
    roundId,
    bidders.map(([login]) => login),
    '国药准字H2020888',
  );
  step('round published, companies registered');
  await reportDemandAndClose(baseUrl, roundId, calendar);
  step('demand reported and closed');
  const officialUserIds: string[] = [];
  for (const login of ['office.official1', 'office.official2'])
    officialUserIds.push(ok(await (await client(baseUrl, login)).GET('/auth/me'), 'me').userId);
  ok(
    await admin.POST('/rounds/{roundId}/key-ceremony', { ...path, body: { officialUserIds, k: 2 } }),
    'key ceremony',
  );
  ok(await admin.POST('/rounds/{roundId}/demand/lock', { ...path, headers: origin(baseUrl) }), 'lock');
  await moveClockTo(baseUrl, roundId, new Date(Date.parse(calendar.biddingOpensAt) + 60_000));
  await waitForState(baseUrl, roundId, 'bidding-open');
  for (const [login, packPrice] of bidders)
    ok(
      await (
        await client(baseUrl, login)
      ).PUT('/rounds/{roundId}/bids/{productCode}', {
        params: { path: { roundId, productCode: 'AMLO' }, header: { 'idempotency-key': randomUUID() } },
        body: { specCode: 'S10', packPrice },
      }),
      `${login} bids`,
    );
  await moveClockTo(baseUrl, roundId, new Date(Date.parse(calendar.openingAt) + 60_000));
  step('bids in');
  // bids opened (the driver's officials hand in their shares), award, region selection, agreed volumes
  await agreeVolumes(baseUrl, roundId);
  step('volumes agreed');
  ok(
    await admin.POST('/rounds/{roundId}/agreements/generation', { ...path, headers: origin(baseUrl) }),
    'generate the agreements',
  );
  for (let tries = 0; ; tries++) {
    const job = ok(await admin.GET('/rounds/{roundId}/agreements/generation', path), 'generation');
    if (job.state === 'finished') break;
    if (tries > 240) throw new Error('the agreements were not issued in two minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return roundId;
}
