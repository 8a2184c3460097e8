import type { EvaluationResult } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import type { Db } from '../db/database.js';
import { readDbNow } from '../db/db-clock.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { PricedInput } from '../award/awarded-prices.js';
import { findLatestRecord } from '../award/evaluation-record.repository.js';
import { issueDepsOf, type IssueDeps } from '../pdf/issue-pdf.js';
import { renderAgreementPdf } from './agreement-pdf.js';
import { listProductIds } from '../rounds/catalogue.repository.js';
import { issueAgreementBatch, type AgreementRenderer } from './agreement-issue.js';
import { agreementTerms } from './agreement-terms.js';
import {
  countIssued,
  findRoundContext,
  finishJob,
  listRunningJobs,
  lockJob,
  makeAgreements,
  nextToIssue,
  setJobTotal,
  type RoundContext,
} from './agreements.repository.js';

export interface AgreementJobDeps {
  readonly db: Db;
  readonly issue: IssueDeps;
  readonly render: AgreementRenderer;
}

/**
 * The job's dependencies from the platform's: the PDF base's issuing, and rendering in this thread
 * unless given a render pool's (agreement-render-pool.ts).
 */
export function agreementJobDeps(
  deps: Pick<AppDeps, 'db' | 'signer' | 'documents' | 'config'>,
  render: AgreementRenderer = renderAgreementPdf,
): AgreementJobDeps {
  return {
    db: deps.db,
    issue: issueDepsOf(deps),
    render,
  };
}

export interface AdvanceOptions {
  /** agreements read and issued together */
  readonly batchSize?: number;
  /** agreements in flight at once within a batch */
  readonly concurrency?: number;
  /** asked between batches: true stops the pass (the platform is stopping) */
  readonly shouldStop?: () => boolean;
  /** at most this many batches in one pass, so a long job does not hold the pass forever */
  readonly maxBatches?: number;
}

/**
 * Makes the round's agreements from its agreed volumes, once per job, under the job's row lock: the
 * terms of the latest published evaluation and the day the volumes were agreed.
 */
export async function prepareAgreements(db: Db, round: RoundContext): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, round.id);
    if (!job || job.total !== null) return;
    const record = await findLatestRecord(trx, round.id);
    const terms = record
      ? agreementTerms(
          JSON.parse(record.input_json) as PricedInput,
          JSON.parse(record.output_json) as EvaluationResult,
          new Map((await listProductIds(trx, round.id)).map((p) => [p.code, p.id])),
          round.agreed_on,
        )
      : [];
    await setJobTotal(trx, round.id, await makeAgreements(trx, round.id, terms));
  });
}

/** Ends the job when nothing is left to issue; the finish and its counts go into the audit chain. */
async function finishWhenDone(db: Db, roundId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const job = await lockJob(trx, roundId);
    if (!job || job.state !== 'running') return false;
    if ((await nextToIssue(trx, roundId, 1)).length > 0) return false;
    const counts = await countIssued(trx, roundId);
    await finishJob(trx, roundId, await readDbNow(trx));
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: null,
      action: 'agreements.generation-finished',
      subject: `round:${roundId}`,
      payload: counts,
    });
    return true;
  });
}

/**
 * One pass over the running jobs: each round's agreements made (first time), then issued a batch
 * at a time until none is left, the pass's batch budget is spent, or the platform stops. Everything
 * it knows is in PostgreSQL, so a pass after a restart carries on where the last one stopped.
 * Returns how many agreements were issued.
 */
export async function advanceAgreementJobs(deps: AgreementJobDeps, options: AdvanceOptions = {}) {
  const { batchSize = 50, concurrency = 4, shouldStop = () => false, maxBatches = 20 } = options;
  let issued = 0;
  let batches = 0;
  for (const job of await listRunningJobs(deps.db)) {
    const round = await findRoundContext(deps.db, job.round_id);
    if (!round) continue;
    if (job.total === null) await prepareAgreements(deps.db, round);
    for (;;) {
      if (shouldStop() || batches >= maxBatches) return issued;
      const ids = await nextToIssue(deps.db, round.id, batchSize);
      if (ids.length === 0) break;
      batches++;
      issued += (await issueAgreementBatch(deps.db, deps.issue, deps.render, round, ids, concurrency)).issued;
    }
    await finishWhenDone(deps.db, round.id);
  }
  return issued;
}

export interface AgreementWorker {
  stop(): Promise<void>;
}

/**
 * Runs in the platform's primary process (like the scheduler): a pass every `intervalMs`, at once
 * again while a pass found work. `stop` lets the batch in hand finish, then returns.
 */
export function startAgreementWorker(
  deps: AgreementJobDeps,
  intervalMs: number,
  log: (line: string) => void = () => {},
  options: AdvanceOptions = {},
): AgreementWorker {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout;
  const beat = () => {
    if (stopped) return;
    let busy = false;
    running = advanceAgreementJobs(deps, { ...options, shouldStop: () => stopped })
      .then((n) => {
        busy = n > 0;
        if (busy) log(`agreements: ${n} PDF(s) issued`);
      })
      .catch((error: unknown) => log(`agreements: pass failed: ${(error as Error).message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(beat, busy ? 0 : intervalMs);
      });
  };
  timer = setTimeout(beat, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
