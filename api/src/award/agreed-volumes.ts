import { allocateWithAssignment, type Allocation, type EvaluationResult } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { hasRole, type Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { amountOf, awardedPrices, awardKey, type PricedInput } from './awarded-prices.js';
import { insertAgreedVolumes, pageAgreedVolumes } from './agreed-volumes.repository.js';
import { findLatestRecord } from './evaluation-record.repository.js';
import { toAgreedVolumeView } from './award.mapper.js';
import type { Selection } from './region-selection.state.js';
import { applyDecision, decideOnRound } from './round-award.js';
import { updateRoundAward } from './round-award.repository.js';
import { mapPage, type Page } from '../http/list.js';
import { findVisibleRound } from '../rounds/visible-round.js';

/**
 * When every entry's regions are assigned: agreed volumes per hospital × company, for the picks
 * made online (brand routing included, docs/rules.md §11.3); entries without region picking keep the published
 * allocations (shares by rank). Stored, audited, and the round moves to volumes-agreed.
 */
export async function storeAgreedVolumes(
  trx: Transaction<Database>,
  roundId: string,
  selection: Selection,
  actorUserId: string | null,
): Promise<void> {
  const decision = await decideOnRound(trx, roundId, { type: 'complete-region-selection' });
  const online = new Map(selection.entries.map((e) => [`${e.entry.productId}|${e.entry.group ?? ''}`, e]));
  const rows = [];
  const totals = [];
  for (const entry of selection.result.products) {
    const picked = online.get(`${entry.productId}|${entry.group ?? ''}`);
    const allocations: readonly Allocation[] = picked
      ? allocateWithAssignment(
          picked.lines,
          picked.winners,
          entry.ratio as string,
          picked.state,
          picked.state.regions,
          selection.ruleset.brandRouting,
        ).allocations
      : entry.allocations;
    let total = 0n;
    for (const a of allocations) {
      total += BigInt(a.agreedVolume);
      rows.push({
        round_id: roundId,
        product_id: selection.productIdByCode.get(entry.productId) as string,
        group_key: entry.group,
        hospital_id: a.institutionId,
        company_id: a.companyId,
        quantity: BigInt(a.agreedVolume),
      });
    }
    if (allocations.length > 0)
      totals.push({ productCode: entry.productId, group: entry.group, total: total.toString() });
  }
  await insertAgreedVolumes(trx, rows);
  await updateRoundAward(trx, roundId, { volumes_agreed_at: decision.now });
  await appendAudit(trx, {
    stream: `round:${roundId}`,
    actorUserId,
    action: 'agreed-volumes.stored',
    subject: `round:${roundId}`,
    payload: { lines: rows.length, totals },
  });
  await applyDecision(trx, decision, actorUserId);
}

/**
 * A hospital sees its own agreed volumes, a company its own; the office and auditors
 * all. Each line with the names beside the ids, and the awarded price and amount it is bought at.
 */
export async function listAgreedVolumes(deps: AppDeps, actor: Actor, roundId: string, page: Page) {
  await findVisibleRound(deps.db, roundId);
  const own = actor.organisationId; // read before hasRole, a type guard, narrows actor to never
  const scope = hasRole(actor, 'office-admin', 'office-official', 'auditor')
    ? {}
    : hasRole(actor, 'hospital-user')
      ? { hospitalId: own }
      : { companyId: own };
  const rows = await pageAgreedVolumes(deps.db, roundId, scope, page);
  if (rows.items.length === 0) return rows;
  // agreed volumes exist only after an evaluation was published: the latest is the one they came from
  const record = await findLatestRecord(deps.db, roundId);
  const prices = record
    ? awardedPrices(
        JSON.parse(record.input_json) as PricedInput,
        JSON.parse(record.output_json) as EvaluationResult,
      )
    : new Map();
  return mapPage(rows, (row) => {
    const price = prices.get(awardKey(row.product_code, row.group_key, row.company_id));
    return toAgreedVolumeView(row, price && { ...price, amount: amountOf(price, row.quantity) });
  });
}
