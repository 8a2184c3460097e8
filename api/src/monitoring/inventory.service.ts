import { inventoryReportDue } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { AppError, notFound } from '../http/app-error.js';
import { findMonitoredRound, scopeOf } from './monitoring-scope.js';
import { findRoundToday } from './progress.repository.js';
import {
  findInventory,
  findSuppliedProducts,
  findSuppliers,
  replaceInventory,
} from './inventory.repository.js';

export interface InventoryItem {
  readonly productId: string;
  readonly regionCode?: string | null | undefined;
  readonly stockPacks: number;
}

const nextMonth = (month: string) => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The months from `first` to `last` ('YYYY-MM'), oldest first. */
function monthsBetween(first: string, last: string) {
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

const refuse = (path: string, en: string, zh: string) =>
  new AppError('VALIDATION_FAILED', { en: `${path}: ${en}`, zh: `${path}：${zh}` }, [
    { path, message: en, messageZh: zh },
  ]);

/**
 * A winner reports its stock (库存) at a month's end, per product it supplies and optionally per region:
 * the month's whole list, replacing what it reported for that month before; audited. A month before its
 * cycle or after the round's current month is refused.
 */
export async function reportInventory(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  month: string,
  items: readonly InventoryItem[],
) {
  await findMonitoredRound(deps.db, actor, roundId);
  const companyId = actor.organisationId;
  const [supplier] = await findSuppliers(deps.db, roundId, companyId);
  if (!supplier) throw notFound('execution of this round', '本轮次的执行情况');
  const today = await findRoundToday(deps.db, roundId);
  if (month < supplier.cycle_start.slice(0, 7) || month > today.slice(0, 7))
    throw refuse(
      'month',
      `a month of the cycle up to this one (${supplier.cycle_start.slice(0, 7)} – ${today.slice(0, 7)})`,
      `须为采购周期内截至本月的月份（${supplier.cycle_start.slice(0, 7)} 至 ${today.slice(0, 7)}）`,
    );
  const products = new Set((await findSuppliedProducts(deps.db, roundId, companyId)).map((p) => p.id));
  const regions = new Set(
    (
      await deps.db.selectFrom('round_region').select('region_code').where('round_id', '=', roundId).execute()
    ).map((r) => r.region_code),
  );
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!products.has(item.productId))
      throw refuse(
        `items[${i}].productId`,
        'not a product you supply in this round',
        '不是贵企业在本批次中选供应的产品',
      );
    if (item.regionCode && !regions.has(item.regionCode))
      throw refuse(`items[${i}].regionCode`, 'not a region of this round', '不是本批次的地区');
    const key = `${item.productId}|${item.regionCode ?? ''}`;
    if (seen.has(key))
      throw refuse(`items[${i}]`, 'this product and region are reported twice', '同一产品和地区重复填报');
    seen.add(key);
  });
  await deps.db.transaction().execute(async (trx) => {
    await replaceInventory(trx, {
      roundId,
      companyId,
      month: `${month}-01`,
      by: actor.userId,
      items: items.map((i) => ({
        productId: i.productId,
        regionCode: i.regionCode ?? null,
        stockPacks: i.stockPacks,
      })),
    });
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'inventory.reported',
      subject: `company:${companyId}:month:${month}`,
      payload: { items },
    });
  });
  return (await listInventory(deps, actor, roundId, {})).find((m) => m.month === month);
}

/**
 * Each supplier's months from its cycle's first to the round's current one, with what it reported and
 * whether on time (docs/rules.md §12.12): the office every supplier (or one), a company its own.
 */
export async function listInventory(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  asked: { companyId?: string | undefined },
) {
  const round = await findMonitoredRound(deps.db, actor, roundId);
  const scope = scopeOf(actor);
  if (scope.companyId && asked.companyId && asked.companyId !== scope.companyId)
    throw notFound('company', '该企业');
  const companyId = scope.companyId ?? asked.companyId;
  const [suppliers, reports, today] = await Promise.all([
    findSuppliers(deps.db, roundId, companyId),
    findInventory(deps.db, roundId, companyId),
    findRoundToday(deps.db, roundId),
  ]);
  return suppliers.flatMap((s) =>
    monthsBetween(s.cycle_start.slice(0, 7), today.slice(0, 7)).map((month) => {
      const items = reports.filter((r) => r.company_id === s.company_id && r.month.slice(0, 7) === month);
      const first = items[0];
      const due = inventoryReportDue(`${month}-01`, first?.reported_on ?? null, today, round.rules);
      return {
        companyId: s.company_id,
        companyName: s.company_name,
        month,
        ...due,
        reportedAt: first?.reported_at.toISOString() ?? null,
        items: items.map((r) => ({
          productId: r.product_id,
          productCode: r.product_code,
          productName: r.product_name,
          regionCode: r.region_code,
          stockPacks: Number(r.stock_packs),
        })),
      };
    }),
  );
}

/** The products a company may report stock for (its own, in the round). */
export async function suppliedProducts(deps: AppDeps, actor: Actor, roundId: string) {
  await findMonitoredRound(deps.db, actor, roundId);
  return (await findSuppliedProducts(deps.db, roundId, actor.organisationId)).map((p) => ({
    productId: p.id,
    productCode: p.code,
    productName: p.name,
  }));
}
