import { randomUUID } from 'node:crypto';
import { apiAs, ok, type ApiClient } from '../tests/support/api';

/**
 * Drives the demo bidding round (NVBP7-DEMO) through the typed API client as the demo users: the
 * companies bid, the office closes bidding, two officials open, the award is published. A shorter
 * copy of the browser tests' round driver (web/tests/support/round-driver.ts, when it lands): the
 * benchmark needs the pages to have content, not the steps to be checked.
 */

export const DEMO_ROUND = 'NVBP7-DEMO';
const BIDDERS = ['company.c01', 'company.c02', 'company.c03', 'company.c04', 'company.c05'];
const OFFICIALS = ['office.official1', 'office.official2'];
/** How far under the ceiling each bidder goes: wide apart, so some win and some do not. */
const PERCENT_OF_CEILING = [38, 45, 52, 70, 95];
const ORDER = [
  'bidding-open',
  'bidding-closed',
  'technical-opened',
  'revival-window',
  'evaluated',
  'objection-period',
  'awarded',
];

export interface DemoRound {
  readonly id: string;
  readonly code: string;
}

export class RoundDriver {
  private readonly clients = new Map<string, Promise<ApiClient>>();
  private readonly shares = new Map<string, string>();
  constructor(private readonly baseUrl: string) {}

  private as(login: string): Promise<ApiClient> {
    let c = this.clients.get(login);
    if (!c) this.clients.set(login, (c = apiAs(this.baseUrl, login)));
    return c;
  }

  async round(code = DEMO_ROUND): Promise<DemoRound> {
    const admin = await this.as('office.admin');
    const list = ok(await admin.GET('/rounds', { params: { query: { limit: 100 } } }), 'list rounds');
    const round = list.items.find((r) => r.code === code);
    if (!round) throw new Error(`no round ${code}`);
    return { id: round.id, code };
  }

  private async state(roundId: string): Promise<string> {
    const admin = await this.as('office.admin');
    return ok(await admin.GET('/rounds/{roundId}', { params: { path: { roundId } } }), 'read round').state;
  }

  private async waitFor(roundId: string, target: string, timeoutMs = 60_000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const state = await this.state(roundId);
      if (ORDER.indexOf(state) >= ORDER.indexOf(target)) return state;
      if (Date.now() > until) throw new Error(`round is ${state}, waited for ${target}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  private async moveClock(roundId: string, at: Date) {
    const admin = await this.as('office.admin');
    ok(
      await admin.PUT('/rounds/{roundId}/clock', {
        params: { path: { roundId } },
        body: { now: at.toISOString(), speed: 1 },
      }),
      'move the round clock',
    );
  }

  /** Every demo bidder bids on each product it registered (the representative spec when it can). */
  async companiesBid(roundId: string) {
    const admin = await this.as('office.admin');
    const products = ok(
      await admin.GET('/rounds/{roundId}/products', { params: { path: { roundId } } }),
      'read products',
    ).items;
    for (const [i, login] of BIDDERS.entries()) {
      const api = await this.as(login);
      const registered = ok(
        await api.GET('/rounds/{roundId}/registrations', { params: { path: { roundId } } }),
        `${login}'s registrations`,
      ).items;
      const productCodes = [...new Set(registered.map((r) => r.productCode))];
      for (const [p, productCode] of productCodes.entries()) {
        const product = products.find((x) => x.code === productCode);
        const specs = registered.filter((r) => r.productCode === productCode).map((r) => r.specCode);
        const specCode = specs.find((s) => s === product?.representativeSpecCode) ?? specs[0];
        const spec = product?.specs.find((s) => s.code === specCode);
        if (!spec || !specCode) continue;
        const percent = PERCENT_OF_CEILING[(i + p) % PERCENT_OF_CEILING.length] as number;
        ok(
          await api.PUT('/rounds/{roundId}/bids/{productCode}', {
            params: { path: { roundId, productCode }, header: { 'idempotency-key': randomUUID() } },
            body: { specCode, packPrice: packPriceAt(spec.ceiling, spec.unitsPerPack, percent) },
          }),
          `${login} bids on ${productCode}`,
        );
      }
    }
  }

  /** Bidding closes, two officials open the bids, revival closes, proposed winners, then the award. */
  async toAward(roundId: string) {
    const admin = await this.as('office.admin');
    const origin = { origin: this.baseUrl }; // a body-less cookie POST names its origin, as pages do
    const round = ok(await admin.GET('/rounds/{roundId}', { params: { path: { roundId } } }), 'round');
    if (!round.calendar) throw new Error('the round has no calendar');
    await this.moveClock(roundId, new Date(new Date(round.calendar.openingAt).getTime() + 60_000));
    await this.waitFor(roundId, 'bidding-closed');
    for (const login of OFFICIALS) {
      const api = await this.as(login);
      const share =
        this.shares.get(login) ??
        ok(
          await api.POST('/rounds/{roundId}/key-ceremony/my-share', {
            params: { path: { roundId } },
            body: { confirm: true },
          }),
          `${login} takes the key share`,
        ).share;
      this.shares.set(login, share);
      const answer = ok(
        await api.POST('/rounds/{roundId}/opening/shares', {
          params: { path: { roundId } },
          body: { share },
        }),
        `${login} hands in the share`,
      );
      if (answer.status === 'opened') break;
    }
    if ((await this.waitFor(roundId, 'revival-window')) === 'revival-window') {
      const closed = admin.POST('/rounds/{roundId}/revival/close', {
        params: { path: { roundId } },
        headers: origin,
      });
      ok(await closed, 'close revival');
    }
    await this.waitFor(roundId, 'evaluated');
    const published = admin.POST('/rounds/{roundId}/proposed/publish', {
      params: { path: { roundId } },
      headers: origin,
    });
    ok(await published, 'publish proposed winners');
    await this.waitFor(roundId, 'objection-period');
    const clock = ok(await admin.GET('/rounds/{roundId}/clock', { params: { path: { roundId } } }), 'clock');
    await this.moveClock(roundId, new Date(new Date(clock.now).getTime() + 14 * 86_400_000));
    ok(
      await admin.POST('/rounds/{roundId}/award', { params: { path: { roundId } }, headers: origin }),
      'award',
    );
    await this.waitFor(roundId, 'awarded');
  }
}

/** Pack price at `percent` % of the pack ceiling (unit ceiling × units per pack), cut to the fen. */
function packPriceAt(unitCeiling: string, unitsPerPack: number, percent: number): string {
  const [whole = '0', frac = ''] = unitCeiling.split('.');
  const tenThousandths = BigInt(whole + frac.padEnd(4, '0').slice(0, 4)) * BigInt(unitsPerPack);
  const fen = (tenThousandths * BigInt(percent)) / 10_000n;
  const safe = fen < 1n ? 1n : fen;
  return `${safe / 100n}.${String(safe % 100n).padStart(2, '0')}`;
}

/** The session cookie of a demo user, as the browser would hold it after signing in. */
export async function sessionCookie(baseUrl: string, login: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${login}: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
