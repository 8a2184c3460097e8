import { setPlatformClock } from './platform-clock.js';
import { sweepAll } from '../scheduler/round-scheduler.js';
import type { ApiClient } from '../client/api-client.js';
import { testApi } from './api-client.js';
import { shanghai } from './lifecycle-client.js';
import type { TestContext } from './test-context.js';
import { signIn as signInAs } from './sign-in.js';

/**
 * The full-round test's vocabulary: the typed API client as a signed-in user (session by login) or
 * anonymously, and the rehearsal clock moved on with one scheduler beat.
 */
export function fullRoundClient(t: TestContext) {
  const clients = new Map<string, ApiClient>();

  async function signIn(login: string, password: string): Promise<void> {
    clients.set(login, testApi(t, { cookie: await signInAs(t, login, password) }));
  }

  /** The API as `login` (signed in before), or anonymously for `null`. */
  function as(login: string | null): ApiClient {
    if (login === null) return testApi(t);
    const client = clients.get(login);
    if (!client) throw new Error(`${login} has not signed in`);
    return client;
  }

  /** Sets the rehearsal clock to a Shanghai wall-clock time and runs one scheduler beat (sweepAll). */
  async function advanceClockTo(text: string): Promise<number> {
    await setPlatformClock(t.db, shanghai(text));
    return sweepAll(t.db, t.deps.signer);
  }

  return { signIn, as, advanceClockTo };
}
