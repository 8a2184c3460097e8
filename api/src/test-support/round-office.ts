import { afterAll, beforeAll } from 'vitest';
import type { ApiClient, components } from '../client/api-client.js';
import { testApi } from './api-client.js';
import { setPlatformClock } from './platform-clock.js';
import { createOrgUser, ensureRegion } from './fixtures.js';
import { createTestContext, type TestContext } from './test-context.js';
import { signIn } from './sign-in.js';

/** A catalogue product and calendar that every round-setup test can publish with. */
export const PRODUCT: components['schemas']['ProductRequest'] = {
  code: 'P-AMLO',
  name: '苯磺酸氨氯地平片',
  form: 'oral-solid',
  volumeClass: 'general',
  strengthUnit: 'mg',
  nationalDrugCode: 'XC08CAA052A001010100483',
  representativeSpecCode: 'S5',
  specs: [{ code: 'S5', strength: '5', unitsPerPack: 28, ceiling: '0.3512' }],
};
export const CALENDAR = {
  demandOpensAt: '2026-09-01T09:00',
  demandClosesAt: '2026-09-10T17:00',
  biddingOpensAt: '2026-09-15T09:00',
  biddingClosesAt: '2026-09-25T12:00',
  openingAt: '2026-09-30T14:00',
  objectionWorkingDays: 3,
};

export type Json = Record<string, any>;

export interface RoundOffice {
  /** the test database and app, available once the file's beforeAll has run */
  readonly t: TestContext;
  /** the typed API client as one of the signed-in users */
  as(login: string): ApiClient;
  /** a hand-built request, for tests that send what the typed client would not (invalid bodies) */
  call(
    as: string,
    path: string,
    init?: { method?: string; json?: unknown },
  ): Promise<{ status: number; type: string | null; body: Json }>;
}

/**
 * The office set-up of the rounds tests: three regions, one signed-in user per role (admin,
 * official, auditor, hospital, company) and the rehearsal clock before the calendar.
 */
export function useRoundOffice(): RoundOffice {
  let t: TestContext | undefined;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestContext();
    await setPlatformClock(t.db, new Date('2026-08-01T00:00:00Z'));
    for (const [code, name] of [
      ['GZ', '贵州省'],
      ['YN', '云南省'],
      ['GX', '广西壮族自治区'],
    ] as const)
      await ensureRegion(t.db, code, name);
    await createOrgUser(t.db, 'office', ['office-admin'], 'admin');
    await createOrgUser(t.db, 'office', ['office-official'], 'official');
    await createOrgUser(t.db, 'office', ['auditor'], 'auditor');
    await createOrgUser(t.db, 'hospital', ['hospital-user'], 'hospital', 'GZ');
    await createOrgUser(t.db, 'company', ['company-user'], 'company');
    for (const login of ['admin', 'official', 'auditor', 'hospital', 'company']) {
      cookies[login] = await signIn(t, login);
    }
  });
  afterAll(() => t?.close());
  const context = () => {
    if (!t) throw new Error('useRoundOffice: the test context is made in beforeAll');
    return t;
  };
  return {
    get t() {
      return context();
    },
    as(login) {
      return testApi(context(), { cookie: cookies[login] });
    },
    async call(as, path, init = {}) {
      const res = await context().request(`/api${path}`, { ...init, cookie: cookies[as] });
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        body: (res.status === 204 ? null : await res.json()) as Json,
      };
    },
  };
}

/** The field paths of a problem+json body. */
export const problemPaths = (body: Json) => (body.errors as { path: string }[]).map((e) => e.path);
