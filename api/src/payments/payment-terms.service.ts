import { rulesetPaymentTerms, type PaymentTerms } from '@jicai/domain';
import type { Kysely, Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { AppError, notFound } from '../http/app-error.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { visibleRound } from '../rounds/visible-round.js';
import { executionRules, roundToday } from './money-context.js';
import {
  findRoundRuleset,
  listTerms,
  replaceTerms,
  roundRegionCodes,
  termsInForce,
} from './payment-terms.repository.js';

export interface TermsChange {
  readonly round: PaymentTerms | null;
  readonly regions: readonly (PaymentTerms & { readonly regionCode: string })[];
}

const termsOf = (r: { due_days: number; working_days: boolean }): PaymentTerms => ({
  dueDays: r.due_days,
  workingDays: r.working_days,
});

/** The ruleset's terms, the round's and its regions' (anyone who sees the round). */
export async function getPaymentTerms(deps: AppDeps, actor: Actor, roundId: string) {
  await roundToday(deps.db, actor, roundId);
  return termsView(deps.db, roundId);
}

async function termsView(db: Kysely<Database>, roundId: string) {
  const round = await findRoundRuleset(db, roundId);
  if (!round) throw notFound('round');
  const rows = await listTerms(db, roundId);
  const roundRow = rows.find((r) => r.region_code === null);
  return {
    roundId,
    ruleset: rulesetPaymentTerms(executionRules(round.ruleset_frozen)),
    round: roundRow ? termsOf(roundRow) : null,
    regions: rows
      .filter((r) => r.region_code !== null)
      .map((r) => ({
        ...termsOf(r),
        regionCode: r.region_code as string,
        regionName: r.region_name ?? (r.region_code as string),
      })),
  };
}

/**
 * Sets the round's payment terms as a whole (office admin): the round's own and each region's that
 * differ. Invoices already recorded keep their due day; the terms apply to invoices recorded after.
 */
export async function setPaymentTerms(deps: AppDeps, actor: Actor, roundId: string, change: TermsChange) {
  await deps.db.transaction().execute(async (trx) => {
    visibleRound(await lockRoundForUpdate(trx, roundId), { seesDrafts: true });
    const known = await roundRegionCodes(trx, roundId);
    const seen = new Set<string>();
    const problems = change.regions.flatMap((r, i) => {
      const path = `regions[${i}].regionCode`;
      if (!known.has(r.regionCode))
        return [{ path, message: 'not a region of this round', messageZh: '不是本轮次的地区' }];
      if (seen.has(r.regionCode)) return [{ path, message: 'listed twice', messageZh: '重复列出' }];
      seen.add(r.regionCode);
      return [];
    });
    if (problems.length > 0)
      throw new AppError(
        'VALIDATION_FAILED',
        {
          en: problems.map((p) => `${p.path}: ${p.message}`).join('; '),
          zh: problems.map((p) => `${p.path}：${p.messageZh}`).join('；'),
        },
        problems,
      );
    const rows = [
      ...(change.round
        ? [{ region_code: null, due_days: change.round.dueDays, working_days: change.round.workingDays }]
        : []),
      ...change.regions.map((r) => ({
        region_code: r.regionCode,
        due_days: r.dueDays,
        working_days: r.workingDays,
      })),
    ];
    await replaceTerms(trx, roundId, rows, actor.userId);
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'payment-terms.set',
      subject: `round:${roundId}`,
      payload: { round: change.round, regions: change.regions },
    });
  });
  return termsView(deps.db, roundId);
}

/** The terms an invoice's due day is fixed by: the region's row, else the round's, else the ruleset's. */
export async function termsFor(trx: Transaction<Database>, roundId: string, regionCode: string) {
  const row = await termsInForce(trx, roundId, regionCode);
  if (row) return termsOf(row);
  const round = await findRoundRuleset(trx, roundId);
  return rulesetPaymentTerms(executionRules(round?.ruleset_frozen ?? null));
}
