import type { AppDeps } from '../app-env.js';
import { findUnissuedNotices } from './notice.repository.js';
import { noticePdf } from './pdf-documents.service.js';

/**
 * Issues every published notice (proposed winners, award) that has no PDF yet: stored, recorded
 * with its hash and verification code, in the audit chain. Publication may come from the office or
 * from the scheduler, so the platform issues them here rather than a reader's GET.
 */
export async function issuePublishedNotices(deps: AppDeps): Promise<number> {
  const pending = await findUnissuedNotices(deps.db);
  for (const { roundId, kind } of pending) await noticePdf(deps, roundId, kind, 'issue');
  return pending.length;
}

/** The primary process's issuer of notices: a sweep every `intervalMs`, like the round scheduler. */
export function startNoticeIssuer(deps: AppDeps, intervalMs: number, log: (line: string) => void) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const beat = () => {
    if (stopped) return;
    running = issuePublishedNotices(deps)
      .then((n) => n > 0 && log(`notices: ${n} notice PDF(s) issued`))
      .catch((error: unknown) => log(`notices: issuing failed: ${(error as Error).message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(beat, intervalMs);
      });
  };
  let timer = setTimeout(beat, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
