import { expect } from 'vitest';
import { setPlatformClock } from './platform-clock.js';
import { sweepAll } from '../scheduler/round-scheduler.js';
import { shanghai } from './lifecycle-client.js';
import type { TestContext } from './test-context.js';
import { signIn as signInAs } from './sign-in.js';

type Json = Record<string, any>;

/**
 * The full-round test's vocabulary: requests through the API as signed-in users (cookies by login),
 * answers checked for their status, and the rehearsal clock moved on with one scheduler beat.
 */
export function fullRoundClient(t: TestContext) {
  const cookies = new Map<string, string>();

  async function signIn(login: string, password: string): Promise<void> {
    cookies.set(login, await signInAs(t, login, password));
  }

  async function call(as: string | null, method: string, url: string, json?: unknown, headers?: Json) {
    const cookie = as ? cookies.get(as) : undefined;
    const res = await t.request(`/api${url}`, { method, json, cookie, headers });
    const text = await res.text();
    return { status: res.status, text, body: (text ? JSON.parse(text) : {}) as Json };
  }

  /** The call answers `status` (the body is shown when it does not); its JSON body. */
  async function ok(as: string | null, method: string, url: string, json?: unknown, status = 200) {
    const res = await call(as, method, url, json);
    expect(res.status, `${method} ${url}: ${res.text}`).toBe(status);
    return res.body;
  }

  /** Sets the rehearsal clock to a Shanghai wall-clock time and runs one scheduler beat (sweepAll). */
  async function advanceClockTo(text: string): Promise<number> {
    await setPlatformClock(t.db, shanghai(text));
    return sweepAll(t.db, t.deps.signer);
  }

  return { signIn, call, ok, advanceClockTo };
}
