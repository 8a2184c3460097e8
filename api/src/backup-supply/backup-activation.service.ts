import { backupVolume, hasReachedState, passRegionsToBackup, type EvaluationResult } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import type { Database } from '../db/database.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { agreementTerms } from '../agreements/agreement-terms.js';
import type { PricedInput } from '../award/awarded-prices.js';
import { findLatestRecord } from '../award/evaluation-record.repository.js';
import { AppError, invalid } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { listProductIds } from '../rounds/catalogue.repository.js';
import { findVisibleRound, visibleRound } from '../rounds/visible-round.js';
import { listViolation } from './violation-list.js';
import * as repo from './backup-activation.repository.js';
import type { BackupActivationInput } from './backup-activation.schema.js';
import { toActivationView, toRegionSuppliers, type ActivationDecision } from './backup-activation.mapper.js';

const refused = (en: string, zh: string, path: string, extra: Record<string, unknown> = {}) =>
  new AppError('INVALID_STATE', { en, zh }, [{ path, message: en, messageZh: zh }], extra);

/**
 * The office hands a failed winner's regions of one product to their backup supplier
 * (docs/rules.md §12.6), in one transaction: the failed company's running lines with hospitals of those regions end on
 * `effectiveOn` (docs/rules.md §12.7: from that day the backup's agreement is in force); each hospital gets a new agreement with the region's backup for what was left
 * of its line (agreed − bought, `backupVolume`), at the backup's own awarded price, to the same cycle end;
 * the agreement job runs again to issue their PDFs; optionally the company goes on the violation list.
 * The whole decision goes into the audit chain and the activation's row.
 */
export async function activateBackup(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  input: BackupActivationInput,
) {
  const id = await deps.db.transaction().execute((trx) => activateBackupIn(trx, actor, roundId, input));
  const row = await repo.findActivation(deps.db, roundId, id);
  return toActivationView(row as repo.ActivationRow);
}

/** The activation in the caller's transaction (the service verb's, or the demo seed's); returns its id. */
export async function activateBackupIn(
  trx: Transaction<Database>,
  actor: { readonly userId: string },
  roundId: string,
  input: BackupActivationInput,
): Promise<string> {
  const groupKey = input.groupKey ?? null;
  const round = visibleRound(await lockRoundForUpdate(trx, roundId), { seesDrafts: true });
  if (!hasReachedState(round.state, 'volumes-agreed'))
    throw refused(
      'a backup is activated against agreements: this round has no agreed volumes yet',
      '启用备供须基于购销协议：本轮次尚未确定约定采购量',
      'productId',
      { roundState: round.state },
    );
  const product = await repo.findRoundProduct(trx, roundId, input.productId);
  if (!product) throw invalid('productId', 'not a product of this round', '不是本轮次的产品');

  // who supplies each region now, and who after the failed company leaves (the domain's rule)
  const picks = await repo.listRegionPicks(trx, roundId, input.productId, groupKey);
  const regions = [...new Set(picks.map((p) => p.region_code))].map((code) => ({
    regionId: code,
    primary: picks.find((p) => p.region_code === code && p.kind === 'primary')?.company_id ?? null,
    backup: picks.find((p) => p.region_code === code && p.kind === 'backup')?.company_id ?? null,
    agreedVolume: 0,
  }));
  const after = new Map(passRegionsToBackup(regions, input.failedCompanyId).map((r) => [r.regionId, r]));
  const notPrimary = input.regionCodes.filter(
    (code) => regions.find((r) => r.regionId === code)?.primary !== input.failedCompanyId,
  );
  if (notPrimary.length > 0)
    throw refused(
      `the company is not the primary supplier of this product in ${notPrimary.join(', ')}`,
      `该企业不是该产品在 ${notPrimary.join('、')} 的主供企业`,
      'regionCodes',
      { regionCodes: notPrimary },
    );
  const withoutBackup = input.regionCodes.filter((code) => after.get(code)?.primary == null);
  if (withoutBackup.length > 0)
    throw refused(
      `no backup supplier for this product in ${withoutBackup.join(', ')}: the office re-assigns these regions itself`,
      `该产品在 ${withoutBackup.join('、')} 没有备供企业，无法启用备供`,
      'regionCodes',
      { regionsWithoutBackup: withoutBackup },
    );

  // each backup's own awarded price and spec, from the published evaluation
  const record = await findLatestRecord(trx, roundId);
  const productIds = new Map((await listProductIds(trx, roundId)).map((p) => [p.code, p.id]));
  const terms = record
    ? agreementTerms(
        JSON.parse(record.input_json) as PricedInput,
        JSON.parse(record.output_json) as EvaluationResult,
        productIds,
        '2000-01-01', // the cycle is the failed line's, not a new one
      )
    : [];
  // a round whose agreements were written without a published evaluation (imported) keeps the backup's
  // awarded price on its own agreement lines of the product
  const agreed = await repo.listAgreedPrices(trx, roundId, input.productId, groupKey);
  const backups = [];
  for (const code of input.regionCodes) {
    const companyId = after.get(code)?.primary as string;
    const price =
      terms.find(
        (t) => t.product_id === input.productId && t.group_key === groupKey && t.company_id === companyId,
      ) ?? agreed.find((a) => a.company_id === companyId);
    if (!price)
      throw refused(
        `the backup of ${code} has no awarded price for this product`,
        `${code} 的备供企业没有该产品的中选价格`,
        'regionCodes',
        { regionCodes: [code] },
      );
    backups.push({
      regionCode: code,
      companyId,
      specCode: price.spec_code,
      unitsPerPack: price.units_per_pack,
      packPrice: price.pack_price,
    });
  }

  const today = await repo.readRoundToday(trx, roundId);
  const effectiveOn = input.effectiveOn ?? today;
  const lines = await repo.lockFailedLines(
    trx,
    roundId,
    input.productId,
    groupKey,
    input.failedCompanyId,
    input.regionCodes,
  );
  if (lines.length === 0)
    throw refused(
      'the company has no running agreement for this product with hospitals of these regions',
      '该企业在所选地区没有该产品执行中的购销协议',
      'failedCompanyId',
    );
  const ended = lines.find((l) => effectiveOn > l.cycle_end);
  if (ended)
    throw invalid(
      'effectiveOn',
      `after the agreements' cycle end (${ended.cycle_end})`,
      `晚于协议周期结束日（${ended.cycle_end}）`,
    );

  const decision: ActivationDecision = { backups, lines: [] };
  const activation = await repo.insertActivation(trx, {
    roundId,
    productId: input.productId,
    groupKey,
    failedCompanyId: input.failedCompanyId,
    regionCodes: input.regionCodes,
    reason: input.reason,
    effectiveOn,
    violationListed: input.violationList,
    violationUntil: input.violationList ? (input.violationUntil ?? null) : null,
    decision: {},
    activatedBy: actor.userId,
  });
  await repo.endLines(
    trx,
    lines.map((l) => l.agreement_id),
    input.productId,
    groupKey,
    effectiveOn,
  );
  for (const line of lines) {
    const backup = backups.find((b) => b.regionCode === line.region_code) as (typeof backups)[number];
    const volume = backupVolume(BigInt(line.agreed_volume), BigInt(line.purchased_units ?? '0'));
    const newAgreementId = await repo.insertBackupAgreement(trx, roundId, activation.id, {
      hospitalId: line.hospital_id,
      companyId: backup.companyId,
      productId: input.productId,
      groupKey,
      specCode: backup.specCode,
      unitsPerPack: backup.unitsPerPack,
      packPrice: backup.packPrice,
      agreedVolume: volume.toString(),
      // before the cycle began, the backup's line starts with the cycle
      cycleStart: effectiveOn > line.cycle_start ? effectiveOn : line.cycle_start,
      cycleEnd: line.cycle_end,
    });
    decision.lines.push({
      hospitalId: line.hospital_id,
      regionCode: line.region_code as string,
      endedAgreementId: line.agreement_id,
      agreedVolume: line.agreed_volume,
      purchasedUnits: line.purchased_units ?? '0',
      backupVolume: volume.toString(),
      newAgreementId,
    });
  }
  await repo.saveDecision(trx, activation.id, decision);
  await repo.reopenAgreementJob(trx, roundId);
  const violation = input.violationList
    ? await listViolation(trx, actor, input.failedCompanyId, input.violationUntil ?? null)
    : null;
  await appendAudit(trx, {
    stream: roundStream(roundId),
    actorUserId: actor.userId,
    action: 'backup.activated',
    subject: `backup-activation:${activation.id}`,
    payload: {
      productId: input.productId,
      groupKey,
      failedCompanyId: input.failedCompanyId,
      regionCodes: input.regionCodes,
      reason: input.reason,
      effectiveOn,
      failedLinesEndedOn: effectiveOn,
      violation,
      ...decision,
    },
  });
  return activation.id;
}

export async function listActivations(deps: AppDeps, _actor: Actor, roundId: string, page: Page) {
  await findVisibleRound(deps.db, roundId, { seesDrafts: true });
  return mapPage(await repo.pageActivations(deps.db, roundId, page), toActivationView);
}

/** Each region's primary and backup supplier of every entry: what the office picks from. */
export async function listRegionSuppliers(deps: AppDeps, _actor: Actor, roundId: string) {
  await findVisibleRound(deps.db, roundId, { seesDrafts: true });
  return toRegionSuppliers(await repo.listRoundRegionSuppliers(deps.db, roundId));
}
