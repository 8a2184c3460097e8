import { ok } from './api';
import { client, moveClockTo, startRegionSelection, waitForState } from './round-driver';

/**
 * Region selection runs to its end with nobody picking: the round's clock moves two months on, every
 * turn times out, the scheduler takes each default pick and the agreed volumes are stored.
 */
export async function agreeVolumes(baseUrl: string, roundId: string) {
  await startRegionSelection(baseUrl, roundId);
  const admin = await client(baseUrl, 'office.admin');
  const now = ok(await admin.GET('/rounds/{roundId}/clock', { params: { path: { roundId } } }), 'clock');
  await moveClockTo(baseUrl, roundId, new Date(new Date(now.now).getTime() + 60 * 86_400_000));
  await waitForState(baseUrl, roundId, 'volumes-agreed', 60_000);
}
