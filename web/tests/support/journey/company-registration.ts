import { ok } from '../api';
import { client } from '../round-driver';
import { BIDDERS, PRODUCTS } from './round-plan';

/** Each bidder registers its product for every spec of the round's catalogue (before bidding opens). */
// TODO(browser): admin — the company's registration page for a round
export async function registerBidders(baseUrl: string, roundId: string) {
  const path = { params: { path: { roundId } } };
  const admin = await client(baseUrl, 'office.admin');
  const catalogue = ok(await admin.GET('/rounds/{roundId}/products', path), 'products').items;
  await Promise.all(
    BIDDERS.map(async (login, i) => {
      const company = await client(baseUrl, login);
      for (const [p, planned] of PRODUCTS.entries()) {
        const product = catalogue.find((x) => x.code === planned.code);
        const spec = product?.specs.find((s) => s.code === planned.specCode);
        if (!product || !spec) throw new Error(`no ${planned.code} ${planned.specCode} in the catalogue`);
        ok(
          await company.POST('/rounds/{roundId}/registrations', {
            ...path,
            body: {
              productId: product.id,
              specId: spec.id,
              approvalNumber: `国药准字H2026${i}${p}01`,
              approvalDate: '2020-06-01',
              originator: false,
              reference: false,
              marketVolume: null,
              consistencyPassedOn: '2021-09-15',
              annualCapacity: 50_000_000,
            },
          }),
          `${login} registers ${planned.code}`,
        );
      }
    }),
  );
}
