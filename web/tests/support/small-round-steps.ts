import { ok } from './api';
import { client, moveClockTo, waitForState } from './round-driver';

/** The steps every small test round takes after publishing (revival round, dual-envelope round). */

/** Each company registers the round's first product and spec, with its own approval number. */
export async function registerCompanies(
  baseUrl: string,
  roundId: string,
  logins: readonly string[],
  approvalPrefix: string,
) {
  const path = { params: { path: { roundId } } };
  const admin = await client(baseUrl, 'office.admin');
  const [product] = ok(await admin.GET('/rounds/{roundId}/products', path), 'products').items;
  const spec = product?.specs[0];
  if (!product || !spec) throw new Error('no product');
  for (const [i, login] of logins.entries()) {
    const company = await client(baseUrl, login);
    ok(
      await company.POST('/rounds/{roundId}/registrations', {
        ...path,
        body: {
          productId: product.id,
          specId: spec.id,
          approvalNumber: `${approvalPrefix}${i}`,
          approvalDate: '2020-06-01',
          originator: false,
          reference: false,
          marketVolume: null,
          consistencyPassedOn: '2021-09-15',
          annualCapacity: 50_000_000,
        },
      }),
      `${login} registers`,
    );
  }
}

/** One BJ hospital reports AMLO, its bureau approves, and the demand window closes. */
export async function reportDemandAndClose(
  baseUrl: string,
  roundId: string,
  calendar: { demandOpensAt: string; demandClosesAt: string },
) {
  const path = { params: { path: { roundId } } };
  await moveClockTo(baseUrl, roundId, new Date(Date.parse(calendar.demandOpensAt) + 60_000));
  await waitForState(baseUrl, roundId, 'demand-open');
  const hospital = await client(baseUrl, 'hospital.bj1');
  ok(
    await hospital.PUT('/rounds/{roundId}/demand/{productCode}', {
      params: { path: { roundId, productCode: 'AMLO' } },
      body: { quantity: 12_000, lastYearVolume: 12_000, brandCompanyId: null, group: null, reason: null },
    }),
    'demand reported',
  );
  const bureau = await client(baseUrl, 'bureau.bj');
  for (const report of ok(await bureau.GET('/rounds/{roundId}/demand', path), 'reports').items)
    ok(
      await bureau.POST('/rounds/{roundId}/demand/{reportId}/approve', {
        params: { path: { roundId, reportId: report.id } },
        body: { comment: null },
      }),
      'demand approved',
    );
  await moveClockTo(baseUrl, roundId, new Date(Date.parse(calendar.demandClosesAt) + 60_000));
  await waitForState(baseUrl, roundId, 'demand-closed');
}
