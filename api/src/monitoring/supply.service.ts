import { supplyFigures, type Histogram } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import { notFound } from '../http/app-error.js';
import { findMonitoredRound, scopeOf } from './monitoring-scope.js';
import { findSupplyHistograms, type HistogramRow } from './supply.repository.js';

const histogramOf = (rows: readonly HistogramRow[], companyId: string): Histogram =>
  rows.filter((r) => r.company_id === companyId).map((r) => [r.value, Number(r.count)] as const);

/**
 * Each supplier's order response time, delivery time (median and 90th percentile) and fill rate over the
 * round's platform orders: the office every supplier (or one), a company its own.
 */
export async function listSupplyFigures(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  asked: { companyId?: string | undefined },
) {
  await findMonitoredRound(deps.db, actor, roundId);
  const scope = scopeOf(actor);
  if (scope.companyId && asked.companyId && asked.companyId !== scope.companyId)
    throw notFound('company', '该企业');
  const h = await findSupplyHistograms(deps.db, roundId, scope.companyId ?? asked.companyId);
  return h.packs.map((p) => {
    const figures = supplyFigures({
      responseHours: histogramOf(h.response, p.company_id),
      deliveryDays: histogramOf(h.delivery, p.company_id),
      acceptedPacks: BigInt(p.accepted_packs),
      orderedPacks: BigInt(p.ordered_packs),
    });
    return {
      companyId: p.company_id,
      companyName: p.company_name,
      orderedPacks: Number(p.ordered_packs),
      acceptedPacks: Number(p.accepted_packs),
      responseHours: figures.responseHours,
      deliveryDays: figures.deliveryDays,
      fillRate: figures.fillRate?.toFixed(4) ?? null,
    };
  });
}
