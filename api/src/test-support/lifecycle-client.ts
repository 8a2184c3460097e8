import { shanghaiInstant } from '@jicai/domain';
import { sql } from 'kysely';
import { expect } from 'vitest';
import { setPlatformClock } from './platform-clock.js';
import { sweepDueRounds } from '../scheduler/round-scheduler.js';
import type { ApiClient, Problem } from '../client/api-client.js';
import { testApi, type Answer } from './api-client.js';
import type { TestContext } from './test-context.js';
import { signIn as signInAs } from './sign-in.js';

type Json = Record<string, any>;

/** `2027-03-01T10:00`, Asia/Shanghai wall-clock time, as an instant. */
export const shanghai = (text: string) => shanghaiInstant(text.slice(0, 10), text.slice(11, 16));

/**
 * The typed API client as signed-in users (sessions by login), refusals that must change nothing,
 * and the rehearsal clock moved on with a scheduler sweep: the lifecycle test's vocabulary.
 */
export function lifecycleClient(t: TestContext, state: { roundId?: string }) {
  const clients = new Map<string, ApiClient>();

  async function signIn(login: string, password: string): Promise<void> {
    clients.set(login, testApi(t, { cookie: await signInAs(t, login, password) }));
  }

  /** The API as `login`, signed in before. */
  function as(login: string): ApiClient {
    const client = clients.get(login);
    if (!client) throw new Error(`${login} has not signed in`);
    return client;
  }

  /** Everything a refusal must leave alone: the round row, the audit, demand and registrations. */
  async function footprint() {
    const { rows } = await sql<Json>`select
        (select to_jsonb(r) from round r where r.id = ${state.roundId ?? null}) as round,
        (select count(*) from audit_event) as audit,
        (select coalesce(jsonb_agg(jsonb_build_array(d.id, d.status, d.quantity) order by d.id), '[]')
           from demand_report d) as demand,
        (select count(*) from company_product) as registrations`.execute(t.db);
    return rows[0];
  }

  /** The call is refused with problem+json, `status` and `code`, and nothing changed. */
  async function expectRefused(
    request: () => Promise<Answer<unknown, Problem>>,
    status: number,
    code: string,
  ): Promise<Problem> {
    const before = await footprint();
    const { response, error } = await request();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(error?.code).toBe(code);
    expect(await footprint()).toEqual(before);
    return error as Problem;
  }

  /** Sets the rehearsal clock to a Shanghai time and sweeps: the number of transitions applied. */
  async function advanceClockTo(text: string): Promise<number> {
    await setPlatformClock(t.db, shanghai(text));
    return sweepDueRounds(t.db);
  }

  return { signIn, as, expectRefused, advanceClockTo };
}
