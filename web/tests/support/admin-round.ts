import { ok } from './api';
import { client } from './round-driver';

const DAY = 86_400_000;

/**
 * A fresh published round for the office-admin test: one product (AMLO) with two specs, demand
 * opening tomorrow and bidding in four days, so it takes registrations and a key ceremony.
 */
export async function publishFreshRound(baseUrl: string, code: string): Promise<string> {
  const admin = await client(baseUrl, 'office.admin');
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const round = ok(
    await admin.POST('/rounds', {
      body: { code, name: '报名与密钥演示批次', regionCodes: ['BJ', 'TJ'], ruleset: 'nvbp-7' },
    }),
    'create the round',
  );
  const path = { params: { path: { roundId: round.id } } };
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
        representativeSpecCode: 'S5',
        groups: [],
        specs: [
          { code: 'S5', strength: '5', unitsPerPack: 28, ceiling: '0.8000' },
          { code: 'S10', strength: '10', unitsPerPack: 28, ceiling: '1.2000' },
        ],
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
  ok(await admin.POST('/rounds/{roundId}/publish', { ...path, headers: { origin: baseUrl } }), 'publish');
  return round.id;
}
