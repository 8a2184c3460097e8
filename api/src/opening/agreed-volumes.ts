import { allocateWithAssignment, type Allocation, type EvaluationResult } from '@jicai/domain';
import { sql, type InferResult, type Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { hasRole, type Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/app-error.js';
import { amountOf, awardedPrices, awardKey, type PricedInput } from './awarded-prices.js';
import { findLatestRecord } from './evaluation-record.js';
import { toAgreedVolumeView } from './opening.mapper.js';
import type { Selection } from './region-selection.state.js';
import { applyDecision, decideOnRound, updateRoundAward } from './round-award.js';
import { keysetPage, mapPage, type Page, type SortKey } from '../http/list.js';

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
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('agreed_volume')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
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
  const round = await deps.db
    .selectFrom('round')
    .select('state')
    .where('id', '=', roundId)
    .executeTakeFirst();
  if (!round || round.state === 'draft') throw notFound('round');
  const all = hasRole(actor, 'office-admin', 'office-official', 'auditor');
  const query = deps.db
    .selectFrom('agreed_volume as v')
    .innerJoin('product as p', 'p.id', 'v.product_id')
    .innerJoin('organisation as company', 'company.id', 'v.company_id')
    .leftJoin('organisation as hospital', 'hospital.id', 'v.hospital_id')
    .leftJoin('region', 'region.code', 'hospital.region_code')
    .select([
      'p.code as product_code',
      'p.name as product_name',
      'v.group_key',
      'v.hospital_id',
      'hospital.name as hospital_name',
      'region.code as region_code',
      'region.name as region_name',
      'v.company_id',
      'company.name as company_name',
      'v.quantity',
    ])
    .where('v.round_id', '=', roundId)
    .$if(!all && hasRole(actor, 'hospital-user'), (q) => q.where('v.hospital_id', '=', actor.organisationId))
    .$if(!all && !hasRole(actor, 'hospital-user'), (q) => q.where('v.company_id', '=', actor.organisationId));
  type Row = InferResult<typeof query>[number];
  // the sort key is non-null, as a keyset needs: a line without group or hospital sorts first
  const keys: SortKey<Row>[] = [
    { sql: sql`p.code collate "C"`, of: (r) => r.product_code },
    { sql: sql`coalesce(v.group_key, '')`, of: (r) => r.group_key ?? '' },
    { sql: sql`coalesce(v.hospital_id::text, '')`, of: (r) => r.hospital_id ?? '' },
    { sql: sql`v.company_id::text`, of: (r) => r.company_id },
  ];
  const rows = await keysetPage(query, keys, page);
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
