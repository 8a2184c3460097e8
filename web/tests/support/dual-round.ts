import { randomUUID } from 'node:crypto';
import { ok } from './api';
import { client, moveClockTo, takeShare, waitForState } from './round-driver';
import { registerCompanies, reportDemandAndClose } from './small-round-steps';

/**
 * A small dual-envelope round (nvbp-7 with `dualEnvelope: true`; no built-in ruleset has one),
 * taken to bidding: one product, one spec, c01 and c02 registered, c01's bid in with its technical
 * envelope. `openTechnical` later closes bidding and has two officials open the technical envelopes.
 */
export const DUAL_ROUND = 'DUAL-DEMO';
const DAY = 86_400_000;
const OFFICIALS = ['office.official1', 'office.official2'];
const origin = (baseUrl: string) => ({ origin: baseUrl });

export async function openDualRound(baseUrl: string): Promise<{ roundId: string; openingAt: string }> {
  const admin = await client(baseUrl, 'office.admin');
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const round = ok(
    await admin.POST('/rounds', {
      body: {
        code: DUAL_ROUND,
        name: '双信封演示批次',
        regionCodes: ['BJ', 'TJ'],
        ruleset: { extends: 'nvbp-7', dualEnvelope: true },
      },
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
  ok(await admin.POST('/rounds/{roundId}/publish', { ...path, headers: origin(baseUrl) }), 'publish');

  await registerCompanies(baseUrl, roundId, ['company.c01', 'company.c02'], '国药准字H2020888');
  await reportDemandAndClose(baseUrl, roundId, calendar);

  const officialUserIds: string[] = [];
  for (const login of OFFICIALS)
    officialUserIds.push(ok(await (await client(baseUrl, login)).GET('/auth/me'), 'me').userId);
  ok(
    await admin.POST('/rounds/{roundId}/key-ceremony', { ...path, body: { officialUserIds, k: 2 } }),
    'key ceremony',
  );
  ok(await admin.POST('/rounds/{roundId}/demand/lock', { ...path, headers: origin(baseUrl) }), 'lock');
  await moveClockTo(baseUrl, roundId, new Date(Date.parse(calendar.biddingOpensAt) + 60_000));
  await waitForState(baseUrl, roundId, 'bidding-open');

  const c01 = await client(baseUrl, 'company.c01');
  ok(
    await c01.PUT('/rounds/{roundId}/bids/{productCode}', {
      params: { path: { roundId, productCode: 'AMLO' }, header: { 'idempotency-key': randomUUID() } },
      body: { specCode: 'S10', packPrice: '20.16', technical: 'GMP 证书 2024-001；稳定性 24 个月' },
    }),
    'company.c01 bids',
  );
  return { roundId, openingAt: calendar.openingAt };
}

/** Bidding closes (the round's clock past the deadline) and two officials open the technical envelopes. */
export async function openTechnical(baseUrl: string, roundId: string, openingAt: string) {
  await moveClockTo(baseUrl, roundId, new Date(Date.parse(openingAt) + 60_000));
  await waitForState(baseUrl, roundId, 'bidding-closed');
  for (const login of OFFICIALS) {
    const share = await takeShare(baseUrl, roundId, login);
    if (share === null) throw new Error(`${login}'s share of a new round was taken elsewhere`);
    const handed = await (
      await client(baseUrl, login)
    ).POST('/rounds/{roundId}/opening/shares', { params: { path: { roundId } }, body: { share } });
    if (handed.error) ok(handed, `${login} hands in the share`);
  }
  await waitForState(baseUrl, roundId, 'technical-opened');
}
