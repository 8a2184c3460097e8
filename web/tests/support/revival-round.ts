import { randomUUID } from 'node:crypto';
import { ok } from './api';
import { client, moveClockTo, takeShare, waitForState } from './round-driver';
import { registerCompanies, reportDemandAndClose } from './small-round-steps';

/**
 * A small round under nvbp-10 (spread-revival, docs/rules.md §8.2), taken to its revival window
 * (复活): the demo's bidding round is nvbp-7, which offers no revival. One product, one spec
 * (28 a pack, ceiling 1.2000 a unit); c01–c05 bid 30/40/60/70/90 % of the ceiling: N = 5, M = 3,
 * threshold 1.8 × 0.3600 = 0.6480, so c01 and c02 win, c03 (0.7200) is shortlisted, fails, and is
 * offered the highest winning UCP, 0.4800. Returns the round's code.
 */
export const REVIVAL_ROUND = 'REVIVAL-DEMO';
const BIDDERS = [
  ['company.c01', '10.08'],
  ['company.c02', '13.44'],
  ['company.c03', '20.16'],
  ['company.c04', '23.52'],
  ['company.c05', '30.24'],
] as const;
const DAY = 86_400_000;
const origin = (baseUrl: string) => ({ origin: baseUrl });

export async function openRevivalRound(baseUrl: string): Promise<string> {
  const admin = await client(baseUrl, 'office.admin');
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const round = ok(
    await admin.POST('/rounds', {
      body: { code: REVIVAL_ROUND, name: '复活演示批次', regionCodes: ['BJ', 'TJ'], ruleset: 'nvbp-10' },
    }),
    'create the round',
  );
  const roundId = round.id;
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
  ok(
    await admin.PUT('/rounds/{roundId}/award-settings', {
      ...path,
      body: { revivalWindowHours: 24, regionTurnMinutes: 30 },
    }),
    'award settings',
  );
  ok(await admin.POST('/rounds/{roundId}/publish', { ...path, headers: origin(baseUrl) }), 'publish');

  await registerCompanies(
    baseUrl,
    roundId,
    BIDDERS.map(([login]) => login),
    '国药准字H2020999',
  );
  // demand: one hospital reports, its bureau approves, the window closes and the office locks it
  await reportDemandAndClose(baseUrl, roundId, calendar);

  const officials = ['office.official1', 'office.official2'];
  const officialUserIds: string[] = [];
  for (const login of officials)
    officialUserIds.push(ok(await (await client(baseUrl, login)).GET('/auth/me'), 'me').userId);
  ok(
    await admin.POST('/rounds/{roundId}/key-ceremony', { ...path, body: { officialUserIds, k: 2 } }),
    'key ceremony',
  );
  ok(await admin.POST('/rounds/{roundId}/demand/lock', { ...path, headers: origin(baseUrl) }), 'lock');
  await moveClockTo(baseUrl, roundId, new Date(Date.parse(calendar.biddingOpensAt) + 60_000));
  await waitForState(baseUrl, roundId, 'bidding-open');

  for (const [login, packPrice] of BIDDERS) {
    const company = await client(baseUrl, login);
    ok(
      await company.PUT('/rounds/{roundId}/bids/{productCode}', {
        params: { path: { roundId, productCode: 'AMLO' }, header: { 'idempotency-key': randomUUID() } },
        body: { specCode: 'S10', packPrice },
      }),
      `${login} bids`,
    );
  }
  await moveClockTo(baseUrl, roundId, new Date(Date.parse(calendar.openingAt) + 60_000));
  await waitForState(baseUrl, roundId, 'bidding-closed');
  for (const login of officials) {
    const share = await takeShare(baseUrl, roundId, login);
    if (share === null) throw new Error(`${login}'s share of a new round was taken elsewhere`);
    const handed = await (
      await client(baseUrl, login)
    ).POST('/rounds/{roundId}/opening/shares', { ...path, body: { share } });
    if (handed.error) ok(handed, `${login} hands in the share`);
  }
  await waitForState(baseUrl, roundId, 'revival-window');
  return REVIVAL_ROUND;
}
