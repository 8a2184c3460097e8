import type { AppDeps } from '../app-env.js';
import { startAuditSealer } from '../audit/seal-audit.js';
import { startNoticeIssuer } from '../pdf/notice-issuer.js';
import { startScheduler } from '../scheduler/round-scheduler.js';
import type { Duties } from './leader.js';

/**
 * What runs on the leader only: the round scheduler (timed transitions, revival windows, region turns),
 * the notice issuer and the audit sealer (one seal chain: two sealers would race for each link).
 * Agreement rendering stays on every node: its jobs are claimed row by row.
 */
export function startLeaderDuties(deps: AppDeps, log: (line: string) => void): Duties {
  const every = deps.config.SCHEDULER_INTERVAL_S * 1000;
  const scheduler = startScheduler(deps.db, every, log, deps.signer);
  const notices = startNoticeIssuer(deps, every, log);
  const sealer = startAuditSealer(deps.db, deps.config.AUDIT_SEAL_INTERVAL_S * 1000, log);
  return {
    async stop() {
      await Promise.all([scheduler.stop(), notices.stop(), sealer.stop()]);
    },
  };
}
