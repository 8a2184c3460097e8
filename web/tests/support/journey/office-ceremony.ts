import { ok } from '../api';
import { client } from '../round-driver';
import { K, OFFICIALS } from './round-plan';

/** The office holds the key ceremony: k of n officials will open the bids. */
// TODO(browser): admin — /office/rounds/[code]/ceremony
export async function holdKeyCeremony(baseUrl: string, roundId: string) {
  const officialUserIds: string[] = [];
  for (const login of OFFICIALS)
    officialUserIds.push(ok(await (await client(baseUrl, login)).GET('/auth/me'), `${login}: me`).userId);
  const admin = await client(baseUrl, 'office.admin');
  ok(
    await admin.POST('/rounds/{roundId}/key-ceremony', {
      params: { path: { roundId } },
      body: { officialUserIds, k: K },
    }),
    'the key ceremony',
  );
}

/** The office locks the reviewed demand once the window has closed. */
// TODO(browser): charts — the demand progress page's lock
export async function lockDemand(baseUrl: string, roundId: string) {
  const admin = await client(baseUrl, 'office.admin');
  ok(
    await admin.POST('/rounds/{roundId}/demand/lock', {
      params: { path: { roundId } },
      headers: { origin: baseUrl },
    }),
    'lock the demand',
  );
}
