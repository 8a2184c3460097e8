import { ok } from '../api';
import { client } from '../round-driver';
import { DEMAND } from './round-plan';

/** Each hospital reports this year's volume per product, last year's beside it. */
// TODO(browser): hospital — /hospital's demand form
export async function reportDemand(baseUrl: string, roundId: string) {
  await Promise.all(
    Object.entries(DEMAND).map(async ([login, lines]) => {
      const hospital = await client(baseUrl, login);
      for (const [productCode, quantity] of Object.entries(lines))
        ok(
          await hospital.PUT('/rounds/{roundId}/demand/{productCode}', {
            params: { path: { roundId, productCode } },
            body: { quantity, lastYearVolume: quantity, brandCompanyId: null, group: null, reason: null },
          }),
          `${login} reports ${productCode}`,
        );
    }),
  );
}
