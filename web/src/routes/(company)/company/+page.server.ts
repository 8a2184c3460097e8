import { takesRegistrations, type RoundState } from '@jicai/domain';
import { api } from '$lib/server/api';
import { requireCompany } from '$lib/server/company';
import type { PageServerLoad } from './$types';

/** States in which a round is of no more use on this page (it lives on in the public pages). */
const GONE = new Set(['draft', 'cancelled']);

/**
 * The company's rounds: those it registered products in (the API lists a company only its own
 * registrations), bidding ones first with their deadline. Rounds it has nothing in are not its.
 */
export const load: PageServerLoad = async (event) => {
  requireCompany(event);
  const client = api(event);
  const { data } = await client.GET('/rounds', { params: { query: { limit: 100 } } });
  const candidates = (data?.items ?? []).filter((r) => !GONE.has(r.state));
  const mine = await Promise.all(
    candidates.map(async (round) => {
      const { data: regs } = await client.GET('/rounds/{roundId}/registrations', {
        params: { path: { roundId: round.id }, query: { limit: 500 } },
      });
      const products = new Set((regs?.items ?? []).map((r) => r.productCode));
      return products.size === 0
        ? null
        : {
            id: round.id,
            code: round.code,
            name: round.name,
            state: round.state,
            biddingClosesAt: round.calendar?.biddingClosesAt ?? null,
            openingAt: round.calendar?.openingAt ?? null,
            productCount: products.size,
          };
    }),
  );
  const rounds = mine.filter((r) => r !== null);
  const now = Date.parse((await event.parent()).serverNow); // the database clock, as the countdowns
  const bidding = (r: (typeof rounds)[number]) =>
    r.state === 'bidding-open' && r.biddingClosesAt !== null && Date.parse(r.biddingClosesAt) > now;
  return {
    bidding: rounds.filter(bidding),
    other: rounds.filter((r) => !bidding(r)),
    /** rounds taking registrations (企业报名), registered in or not */
    registering: candidates
      .filter((r) => takesRegistrations(r.state as RoundState))
      .map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        biddingOpensAt: r.calendar?.biddingOpensAt ?? null,
      })),
  };
};
